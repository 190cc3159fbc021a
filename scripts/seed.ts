import { parseArgs } from 'node:util';
import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv } from '@dost/platform/env.ts';
import { closeRegistries, openRegistries } from '../subgraphs/openRegistries.ts';
import { seedRegistries } from '../seed/seedRegistries.ts';
import { generateProfiles, wholeHouseholds } from '../seed/generateProfiles.ts';

// npm run seed -- --citizens 10000 [--seed 20261125]
const env = readEnv();
const { values } = parseArgs({
  options: {
    citizens: { type: 'string', default: String(env.seedCitizens) },
    seed: { type: 'string', default: String(env.seed) },
  },
});
const citizens = Number(values.citizens);
const seed = Number(values.seed);
if (!Number.isSafeInteger(citizens) || citizens < 5 || !Number.isSafeInteger(seed)) {
  console.error('Usage: npm run seed -- --citizens N (N ≥ 5) [--seed S]');
  process.exit(1);
}
const log = createLogger({ level: env.logLevel, name: 'seed' });
const dbs = await openRegistries(env);
try {
  const report = await seedRegistries({
    dbs,
    seed,
    citizens: wholeHouseholds(citizens),
    generate: generateProfiles(seed),
    log,
  });
  const where = env.dbUrls['people'] === undefined ? `SQLite in ${env.dataDir}` : 'MySQL';
  console.log(
    `${where}: ${report.after} citizens present (${report.after - report.before} added) ` +
      `in ${report.seconds.toFixed(1)} s, seed ${seed}.`,
  );
} finally {
  await closeRegistries(dbs);
}
