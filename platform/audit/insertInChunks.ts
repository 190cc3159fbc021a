import type { Knex } from 'knex';

/** Bound parameters per statement; below SQLite's 32 766 and MySQL's 65 535 limits. */
const MAX_PARAMETERS = 30_000;
/** Statement size budget, well below MariaDB's default 16 MiB max_allowed_packet. */
const MAX_BYTES = 4 * 1024 * 1024;

/** Inserts rows in multi-row statements bounded by parameter count and by size. */
export async function insertInChunks(
  db: Knex | Knex.Transaction,
  table: string,
  rows: readonly object[],
): Promise<void> {
  let chunk: object[] = [];
  let parameters = 0;
  let bytes = 0;
  for (const row of rows) {
    const rowParameters = Object.keys(row).length;
    const rowBytes = approximateBytes(row);
    if (chunk.length > 0 && (parameters + rowParameters > MAX_PARAMETERS || bytes + rowBytes > MAX_BYTES)) {
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

function approximateBytes(row: object): number {
  let bytes = 0;
  for (const value of Object.values(row)) {
    bytes += typeof value === 'string' ? Buffer.byteLength(value, 'utf8') + 4 : 16;
  }
  return bytes;
}
