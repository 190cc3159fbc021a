/** What a SQL span says of its statement: the verb and the table, never the text. */
export interface SqlSummary {
  /** `SELECT`, `INSERT`, `UPDATE`, `DELETE`, …: the statement's first keyword, upper-cased. */
  readonly operation: string;
  /** The first table it names (after FROM, INTO or UPDATE); null when none is found. */
  readonly table: string | null;
}

const TABLE = /\b(?:from|into|update|join)\s+[`"[]?([A-Za-z_][\w$]*)/i;

/**
 * Reduces a statement to its verb and first table. The text itself never goes into a span:
 * a raw statement may inline a literal (a FIN, a name), and the verb and table are what an
 * operator looks for in a slow trace.
 */
export function summarizeSql(sql: string): SqlSummary {
  const verb = /^\s*\(?\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
  const table = TABLE.exec(sql)?.[1] ?? null;
  return { operation: verb, table };
}
