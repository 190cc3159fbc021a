import knex from 'knex';
import { describe, expect, it } from 'vitest';
import { createSubgraphMetrics, SQL_STATEMENTS_METRIC } from '@dost/subgraph-kit';

const db = knex({
  client: 'better-sqlite3',
  connection: { filename: ':memory:' },
  useNullAsDefault: true,
});

async function counted(registry: ReturnType<typeof createSubgraphMetrics>['registry']) {
  const metric = await registry.getSingleMetric(SQL_STATEMENTS_METRIC)?.get();
  return metric?.values[0]?.value;
}

describe("the kit's SQL statement counter", () => {
  it('counts each statement of its registry, in a registry of its own, until stopped', async () => {
    const first = createSubgraphMetrics({ db });
    const second = createSubgraphMetrics({ db });
    await db.raw('select 1');
    await db.raw('select 2');
    expect(await counted(first.registry)).toBe(2);
    first.stop();
    await db.raw('select 3');
    expect(await counted(first.registry)).toBe(2);
    expect(await counted(second.registry)).toBe(3);
    second.stop();
    await db.destroy();
  });
});
