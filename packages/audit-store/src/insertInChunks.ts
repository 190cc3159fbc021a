import type { Knex } from 'knex';
import { auditDialect } from './auditDialect.ts';

/** Bound parameters per statement; below SQLite's 32 766 and MySQL's 65 535 limits. */
const MAX_PARAMETERS = 30_000;
/** knex writes SQLite multi-row inserts as a compound SELECT, which SQLite caps at 500 terms. */
const SQLITE_MAX_ROWS = 500;
/** Statement size budget, well below MariaDB's default 16 MiB max_allowed_packet. */
const MAX_BYTES = 4 * 1024 * 1024;

/** Inserts rows in multi-row statements within each dialect's row, parameter and size limits. */
export async function insertInChunks(
  db: Knex | Knex.Transaction,
  table: string,
  rows: readonly object[],
): Promise<void> {
  const maxRows = auditDialect(db) === 'sqlite' ? SQLITE_MAX_ROWS : Infinity;
  let chunk: object[] = [];
  let parameters = 0;
  let bytes = 0;
  for (const row of rows) {
    const rowParameters = Object.keys(row).length;
    const rowBytes = approximateBytes(row);
    const full =
      chunk.length >= maxRows ||
      parameters + rowParameters > MAX_PARAMETERS ||
      bytes + rowBytes > MAX_BYTES;
    if (chunk.length > 0 && full) {
      await db(table).insert(chunk);
      chunk = [];
      parameters = 0;
      bytes = 0;
    }
    chunk.push(row);
    parameters += rowParameters;
    bytes += rowBytes;
  }
  if (chunk.length > 0) await db(table).insert(chunk);
}

/** Roughly what a row adds to a statement: its strings' UTF-8 bytes, a little per value. */
export function approximateBytes(row: object): number {
  let bytes = 0;
  for (const value of Object.values(row)) {
    bytes += typeof value === 'string' ? Buffer.byteLength(value, 'utf8') + 4 : 16;
  }
  return bytes;
}
