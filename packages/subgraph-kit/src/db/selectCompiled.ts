import type { Knex } from 'knex';

/** A value bound into a compiled statement (knex's own binding type). */
export type Binding = Knex.Value;

/** Most shapes one registry database keeps compiled: names × IN-list lengths in use. */
const MAX_SHAPES = 2_000;

/** Compiled SQL per database, so two registries (or a test's databases) never share text. */
const shapesOf = new WeakMap<Knex, Map<string, string>>();

/**
 * Runs a SELECT that `build` makes with knex's query builder, compiling it (`toSQL`) only the
 * first time its shape is seen: a shape is `name` plus the number of bindings, so an IN-list
 * of 3 FINs and one of 100 are two shapes. Later calls of that shape send the cached SQL text
 * with the new `bindings` through `db.raw`, so the statement still goes through knex's pool,
 * its `query` events (the SQL statement counter, tracing) and its driver errors (the
 * database-unavailable mapping). `bindings` must be exactly what `build` binds, in order; the
 * first compile checks it. Anything else that changes the SQL text must be part of `name`.
 * Rows come back as the query builder returns them, on SQLite and MySQL alike.
 */
export async function selectCompiled<Row>(
  db: Knex,
  name: string,
  bindings: readonly Binding[],
  build: () => Knex.QueryBuilder,
): Promise<Row[]> {
  let shapes = shapesOf.get(db);
  if (shapes === undefined) {
    shapes = new Map();
    shapesOf.set(db, shapes);
  }
  const key = `${name}/${bindings.length}`;
  let sql = shapes.get(key);
  if (sql === undefined) {
    sql = compile(build(), name, bindings);
    // Bounded: a caller with unbounded shapes would otherwise grow this without end.
    if (shapes.size < MAX_SHAPES) shapes.set(key, sql);
  }
  const result: unknown = await db.raw(sql, bindings);
  return rowsOf<Row>(result);
}

function compile(builder: Knex.QueryBuilder, name: string, bindings: readonly Binding[]): string {
  const { sql, bindings: built } = builder.toSQL();
  // The cached text is reused with the caller's bindings: they must be the builder's own.
  if (built.length !== bindings.length || built.some((value, i) => value !== bindings[i])) {
    throw new Error(`selectCompiled(${name}): bindings differ from the query's own`);
  }
  return sql;
}

/**
 * `db.raw` answers with the driver's own shape: mysql2 `[rows, fields]`, better-sqlite3 the
 * rows alone. A SELECT's rows are an array of objects, so the first element tells them apart.
 */
function rowsOf<Row>(result: unknown): Row[] {
  if (!Array.isArray(result)) throw new Error('selectCompiled: the driver returned no rows');
  const [first] = result as unknown[];
  return (Array.isArray(first) ? first : result) as Row[];
}
