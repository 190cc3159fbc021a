import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTraining } from '../../agencies/training/src/seed/seedTraining.ts';
import { trainingSubgraph } from '../../agencies/training/src/trainingSubgraph.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

const FINS = ['2NXC8FE', '9BQ6YTJ', '5ZK7P2Q'];

describe("the training agency's seed", () => {
  let store: TestDb;

  beforeEach(async () => {
    const [sqlite] = testDialects();
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    store = await openTestRegistry(sqlite, trainingSubgraph.database, trainingSubgraph.migrations);
  });
  afterEach(() => store.cleanup());

  const rows = () => store.db('peshe_kurs').select('*').orderBy('id');

  it('writes the same rows on every run, the demo courses fixed whatever FINs it is given', async () => {
    const written = await seedTraining(store.db, FINS);
    const first = await rows();
    expect(await seedTraining(store.db, FINS)).toBe(written);
    expect(await rows()).toEqual(first);

    const demo = first.filter((row: { fin: string }) => row.fin === '5ZK7P2Q');
    expect(demo).toEqual([expect.objectContaining({ status: 'B', bitme_tarixi: '2024-06-28' })]);
    const fins = new Set(first.map((row: { fin: string }) => row.fin));
    expect(fins).toEqual(new Set([...FINS, '7DMV4LA', '3HRT9WX']));
  });
});
