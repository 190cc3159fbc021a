import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger, isFin, openRegistry } from '@dost/subgraph-kit';
import { trainingSubgraph } from '../trainingSubgraph.ts';
import { seedTraining } from './seedTraining.ts';

// Entry point only: `npm run seed -- [--db-url mysql://…] [--data-dir data] [--fins file] [FIN…]`.
// The agency has no access to the graph's synthetic population: it is given the FINs to seed.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'db-url': { type: 'string' },
    'data-dir': { type: 'string', default: 'data' },
    fins: { type: 'string' },
  },
});
const listed = values.fins === undefined ? [] : readFileSync(values.fins, 'utf8').split(/\s+/);
const fins = [...listed, ...positionals].filter((fin) => fin !== '');
const malformed = fins.filter((fin) => !isFin(fin));
if (malformed.length > 0) throw new Error(`Not FINs: ${malformed.join(', ')}`);

const log = createLogger({ level: 'info', name: 'training-seed' });
const db = await openRegistry(trainingSubgraph, {
  url: values['db-url'],
  dataDir: values['data-dir'],
  log,
});
try {
  const written = await seedTraining(db, fins);
  log.info({ courses: written, fins: fins.length }, 'training registry seeded');
} finally {
  await db.destroy();
}
