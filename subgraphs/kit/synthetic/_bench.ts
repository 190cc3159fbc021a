import { generateCitizens } from './generateCitizens.ts';
const count = Number(process.argv[2] ?? 1_000_000);
const t = performance.now();
let n = 0;
let lap = t;
for (const batch of generateCitizens({ seed: 7, count, batchSize: 1000 })) {
  n += batch.length;
  if (n % 200_000 === 0) {
    const now = performance.now();
    process.stdout.write(`${n}: ${((200_000 / (now - lap)) * 1000).toFixed(0)}/s\n`);
    lap = now;
  }
}
const ms = performance.now() - t;
const cpu = process.cpuUsage();
process.stdout.write(`cpu user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s\n`);
process.stdout.write(`${n} in ${(ms / 1000).toFixed(1)} s = ${((n / ms) * 1000).toFixed(0)}/s\n`);
