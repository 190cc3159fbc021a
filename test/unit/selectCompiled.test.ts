import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectCompiled, selectPages } from '@dost/subgraph-kit';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

interface Row {
  id: number;
  fin: string;
  amount: number;
}

const ROWS: Row[] = Array.from({ length: 40 }, (_, i) => ({
  id: i + 1,
  fin: `F${String(i % 10).padStart(2, '0')}`,
  amount: 1000 + i,
}));

/** What the query builder itself returns: the answer the compiled statement must give. */
const byFin = (store: TestDb, fins: readonly string[]) =>
  store.db('t').select('*').whereIn('fin', fins).orderBy('id');

describe.each(testDialects())('selectCompiled ($name)', (dialect) => {
  let store: TestDb;
  const sent: string[] = [];

  beforeAll(async () => {
    store = await openTestRegistry(dialect, 'compiled', []);
    await store.db.schema.createTable('t', (table) => {
      table.bigIncrements('id');
      table.string('fin', 7).notNullable().index();
      table.integer('amount').notNullable();
    });
    await store.db('t').insert(ROWS);
    store.db.on('query', ({ sql }: { sql: string }) => sent.push(sql));
  });
  afterAll(async () => {
    await store.cleanup();
  });

  const select = (fins: readonly string[]) =>
    selectCompiled<Row>(store.db, 't.byFin', fins, () => byFin(store, fins));

  it('returns the builder’s rows for other arguments and other list lengths', async () => {
    const lists = [
      ['F01'],
      ['F02'],
      ['F03', 'F04'],
      ['F09', 'F00', 'F05'],
      ['F04', 'F03'],
      ['NOPE'],
    ];
    for (const fins of lists) {
      const rows = (await select(fins)).map((row) => ({ ...row, id: Number(row.id) }));
      const expected = (await byFin(store, fins)) as Row[];
      expect(rows).toEqual(expected.map((row) => ({ ...row, id: Number(row.id) })));
      expect(rows.every((row) => fins.includes(row.fin))).toBe(true);
    }
    expect((await select(['F03', 'F04'])).length).toBe(8);
    expect(await select(['NOPE'])).toEqual([]);
  });

  it('sends one statement per call, compiled once per list length', async () => {
    sent.length = 0;
    await select(['F01', 'F02']);
    await select(['F05', 'F06']);
    await select(['F07']);
    // Every call is one statement the SQL counter and tracing see; two shapes, two texts.
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(2);
  });

  it('refuses bindings that are not the query’s own', async () => {
    await expect(
      selectCompiled<Row>(store.db, 't.wrong', ['F01'], () => byFin(store, ['F02'])),
    ).rejects.toThrow(/bindings differ/);
  });

  it('pages several parents and one parent, with and without a cursor', async () => {
    const table = { table: 't', parentColumn: 'fin' };
    const page = (parentIds: string[], afterId: number | null) =>
      selectPages<Row>(store.db, { ...table, parentIds, first: 1, afterId });
    const ids = async (parentIds: string[], afterId: number | null) =>
      (await page(parentIds, afterId)).map((row) => Number(row.id));
    // Newest two (first + 1) per parent; a cursor keeps only older ids.
    expect(await ids(['F01', 'F02'], null)).toEqual([32, 22, 33, 23]);
    expect(await ids(['F01'], null)).toEqual([32, 22]);
    expect(await ids(['F01'], 22)).toEqual([12, 2]);
    expect(await ids(['F01'], 32)).toEqual([22, 12]);
    expect(await ids(['F03', 'F04'], 24)).toEqual([14, 4, 15, 5]);
    // As many bindings as the call before, without a cursor: it must not reuse that text.
    expect(await ids(['F03', 'F04', 'F05'], null)).toEqual([34, 24, 35, 25, 36, 26]);
  });
});
