import { generateCitizens } from './generateCitizens.ts';
const t = performance.now();
let n = 0;
const stats = {
  adults: 0,
  pensioners: 0,
  dead: 0,
  oldAge: 0,
  dis: 0,
  surv: 0,
  unemp: 0,
  disab: 0,
  allow: 0,
  children: 0,
  old65: 0,
};
for (const batch of generateCitizens({ seed: 42, count: 100_000 })) {
  for (const p of batch) {
    n++;
    const age = 2026 - Number(p.person.birthDate.slice(0, 4));
    if (p.person.deathDate) stats.dead++;
    if (!p.person.deathDate && age >= 18) {
      stats.adults++;
      if (age >= 65) stats.old65++;
      if (p.pension && p.pension.status !== 'TERMINATED') {
        stats.pensioners++;
        if (p.pension.type === 'OLD_AGE') stats.oldAge++;
        if (p.pension.type === 'DISABILITY') stats.dis++;
        if (p.pension.type === 'SURVIVOR') stats.surv++;
      }
    }
    if (age < 18) stats.children++;
    if (p.unemployment) stats.unemp++;
    if (p.disability) stats.disab++;
    if (p.allowances.length) stats.allow++;
  }
}
const ms = performance.now() - t;
process.stdout.write(
  `${n} in ${ms.toFixed(0)} ms = ${((n / ms) * 1000).toFixed(0)}/s\n${JSON.stringify(stats)}\n`,
);
const [first] = generateCitizens({ seed: 42, count: 12 });
process.stdout.write(JSON.stringify(first?.slice(8, 12), null, 1).slice(0, 6000));
