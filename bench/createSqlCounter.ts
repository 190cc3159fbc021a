import knex from 'knex';

export interface SqlCounts {
  /** Every statement clients sent (MariaDB `Questions`). */
  readonly statements: number;
  readonly selects: number;
  readonly inserts: number;
}

export interface SqlCounter {
  /** Server-wide counters now, less the statement that read them. */
  read(): Promise<SqlCounts>;
  /** Server version and InnoDB buffer pool size, for the machine details. */
  describe(): Promise<string>;
  close(): Promise<void>;
}

/** Reads MariaDB's global statement counters over one connection of its own. */
export function createSqlCounter(dbUrl: string): SqlCounter {
  const db = knex({ client: 'mysql2', connection: dbUrl, pool: { min: 0, max: 1 } });
  return {
    async read() {
      const [rows] = (await db.raw(
        "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_select', 'Com_insert')",
      )) as [{ Variable_name: string; Value: string }[]];
      const value = (name: string) => Number(rows.find((r) => r.Variable_name === name)?.Value);
      return {
        statements: value('Questions'),
        selects: value('Com_select'),
        inserts: value('Com_insert'),
      };
    },
    async describe() {
      const [rows] = (await db.raw(
        'SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool',
      )) as [{ version: string; pool: number | string }[]];
      const row = rows[0];
      return row === undefined
        ? 'unknown'
        : `${row.version}, InnoDB buffer pool ${Math.round(Number(row.pool) / 2 ** 20)} MiB`;
    },
    close: () => db.destroy(),
  };
}

/** Statements between two readings; the second reading's own SHOW is not counted. */
export function sqlDelta(before: SqlCounts, after: SqlCounts): SqlCounts {
  return {
    statements: after.statements - before.statements - 1,
    selects: after.selects - before.selects,
    inserts: after.inserts - before.inserts,
  };
}
