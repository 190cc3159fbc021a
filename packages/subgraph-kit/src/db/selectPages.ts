import type { Knex } from 'knex';
import { selectCompiled, type Binding } from './selectCompiled.ts';

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
 * grouped by parent. Rows are the table's own columns, whichever of the two plans ran.
 */
export async function selectPages<Row>(db: Knex, query: PageQuery): Promise<Row[]> {
  const [only] = query.parentIds;
  if (query.parentIds.length === 1 && only !== undefined) {
    return selectOnePage<Row>(db, query, only);
  }
  const rows = await selectRankedPages<Row>(db, query);
  // The rank is the window's bookkeeping; a row looks the same from either plan.
  return rows.map(({ rn: _rn, ...row }) => row as Row);
}

/**
 * One parent (one pension's payments: the common page) is a plain keyset scan of the
 * (parent, id) index read backwards with a LIMIT: MariaDB then needs no temporary table for
 * the window, about half the time of the ranked plan.
 */
function selectOnePage<Row>(
  db: Knex,
  { table, parentColumn, first, afterId, idColumn = 'id' }: PageQuery,
  parentId: string | number,
): Promise<Row[]> {
  const bindings: Binding[] =
    afterId === null ? [parentId, first + 1] : [parentId, afterId, first + 1];
  return selectCompiled<Row>(
    db,
    shapeName('page', table, parentColumn, idColumn, afterId),
    bindings,
    () =>
      db(table)
        .select('*')
        .where(parentColumn, parentId)
        .modify((q) => {
          if (afterId !== null) void q.where(idColumn, '<', afterId);
        })
        .orderBy(idColumn, 'desc')
        .limit(first + 1),
  );
}

/**
 * Several parents rank their rows with ROW_NUMBER() (SQLite ≥ 3.25, MariaDB ≥ 10.2) so a
 * batch never becomes N queries.
 */
function selectRankedPages<Row>(
  db: Knex,
  { table, parentColumn, parentIds, first, afterId, idColumn = 'id' }: PageQuery,
): Promise<(Row & { rn: number })[]> {
  const after: Binding[] = afterId === null ? [] : [afterId];
  const bindings: Binding[] = [...parentIds, ...after, first + 1];
  const name = shapeName('pages', table, parentColumn, idColumn, afterId);
  return selectCompiled<Row & { rn: number }>(db, name, bindings, () =>
    rankedPages(db, { table, parentColumn, parentIds, first, afterId, idColumn }),
  );
}

function rankedPages(
  db: Knex,
  { table, parentColumn, parentIds, first, afterId, idColumn = 'id' }: PageQuery,
): Knex.QueryBuilder {
  const ranked = db(table)
    .select('*')
    .select(
      db.raw('ROW_NUMBER() OVER (PARTITION BY ?? ORDER BY ?? DESC) AS rn', [
        parentColumn,
        idColumn,
      ]),
    )
    .whereIn(parentColumn, parentIds)
    .modify((q) => {
      if (afterId !== null) void q.where(idColumn, '<', afterId);
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

/**
 * The compiled statement's name: everything of the SQL text but the bindings' count. With and
 * without a cursor can bind as many values (one parent fewer), so the cursor is named too.
 */
function shapeName(
  plan: string,
  table: string,
  parentColumn: string,
  idColumn: string,
  afterId: number | null,
): string {
  return `${plan}:${table}.${parentColumn}:${idColumn}:${afterId === null ? 'first' : 'after'}`;
}
