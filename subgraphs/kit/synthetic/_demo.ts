import { generateBatch } from './generateBatch.ts';
const d = generateBatch({ seed: 1, from: 0, to: 8, count: 100 });
for (const p of d) {
  process.stdout.write(`${p.index} ${p.fin} ${p.person.surname} ${p.person.givenName} ${p.person.patronymic} ${p.person.birthDate} fam=${JSON.stringify(p.family)}\n`);
  if (p.pension) process.stdout.write(`  pension ${p.pension.type} ${p.pension.status} amt=${p.pension.amount} ip=${p.pension.insurancePart} top=${p.pension.minimumTopUp} cap=${p.pension.capital} payments=${p.pension.payments.length} changes=${JSON.stringify(p.pension.changes.map(c => [c.kind, c.effectiveOn, c.rateBp, c.amountBefore, c.amountAfter]))}\n   first=${JSON.stringify(p.pension.payments[0])} last=${JSON.stringify(p.pension.payments.at(-1))}\n`);
  if (p.allowances.length) process.stdout.write(`  allowances ${JSON.stringify(p.allowances)}\n`);
  if (p.unemployment) process.stdout.write(`  unemployment ${JSON.stringify(p.unemployment, null, 0)}\n`);
  if (p.disability) process.stdout.write(`  disability ${JSON.stringify(p.disability.decisions.map(x => [x.decidedOn, x.percent, x.degree, x.reexaminationOn, x.status]))} dx=${p.disability.diagnoses.length}\n`);
}
