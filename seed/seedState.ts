import type { Knex } from 'knex';

/** Bookkeeping table of the seeder; not part of the legacy registry it sits beside. */
const TABLE = 'dost_seed_state';

export interface SeedState {
  readonly seed: number;
  /** Citizens written so far: indices [0, citizens) are present. */
  readonly citizens: number;
}

/** Reads how far a registry was seeded; null when it never was. */
export async function readSeedState(db: Knex): Promise<SeedState | null> {
  if (!(await db.schema.hasTable(TABLE))) {
    await db.schema.createTable(TABLE, (t) => {
      t.integer('id').primary();
      t.bigInteger('seed').notNullable();
      t.integer('citizens').notNullable();
    });
  }
  const row = (await db(TABLE).where({ id: 1 }).first()) as
    { seed: number | string; citizens: number } | undefined;
  return row === undefined ? null : { seed: Number(row.seed), citizens: row.citizens };
}

/** Records progress in the same transaction as the rows it describes. */
export async function writeSeedState(trx: Knex.Transaction, state: SeedState): Promise<void> {
  const updated = await trx(TABLE).where({ id: 1 }).update(state);
  if (updated === 0) await trx(TABLE).insert({ id: 1, ...state });
}
