import type { Knex } from 'knex';

export interface PageQuery {
  table: string;
  /** Column that links a row to its parent, e.g. `pensiya_id`. */
  parentColumn: string;
  parentIds: readonly (string | number)[];
  /** Rows per parent; one more is fetched to tell whether a next page exists. */
  first: number;
  /** Keyset cursor: only rows with an id below this one (pages run newest first). */
  afterId: number | null;
  /** @default 'id' */
  idColumn?: string;
}

/**
 * Fetches the first `first + 1` rows of every parent in one statement, newest id first,
 * using ROW_NUMBER() (SQLite ≥ 3.25, MariaDB ≥ 10.2) so a batch never becomes N queries.
 */
export function selectPages<Row>(
  db: Knex,
  { table, parentColumn, parentIds, first, afterId, idColumn = 'id' }: PageQuery,
): Promise<(Row & { rn: number })[]> {
  const ranked = db(table)
    .select('*')
    .select(
      db.raw('ROW_NUMBER() OVER (PARTITION BY ?? ORDER BY ?? DESC) AS rn', [
        parentColumn,
        idColumn,
      ]),
    )
    .whereIn(parentColumn, parentIds)
    .modify((query) => {
      if (afterId !== null) void query.where(idColumn, '<', afterId);
    });
  return db
    .select('*')
    .from(ranked.as('ranked'))
    .where('rn', '<=', first + 1)
    .orderBy([
      { column: parentColumn, order: 'asc' },
      { column: 'rn', order: 'asc' },
    ]);
}
