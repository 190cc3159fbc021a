import type { Knex } from 'knex';

/** Bound parameters per statement; below SQLite's 32 766 and MySQL's 65 535 limits. */
const MAX_PARAMETERS = 30_000;
/** knex writes SQLite multi-row inserts as a compound SELECT, which SQLite caps at 500 terms. */
const SQLITE_MAX_ROWS = 500;

/** Inserts rows in multi-row statements sized to the parameter limit of either dialect. */
export async function insertRows(
  db: Knex | Knex.Transaction,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const byParameters = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  const sqlite = String(db.client.config.client).includes('sqlite');
  const size = sqlite ? Math.min(byParameters, SQLITE_MAX_ROWS) : byParameters;
  for (let start = 0; start < rows.length; start += size) {
    await db(table).insert(rows.slice(start, start + size));
  }
}
