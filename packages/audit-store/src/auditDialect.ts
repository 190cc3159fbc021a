import type { Knex } from 'knex';

export type AuditDialect = 'sqlite' | 'mysql';

/** Which SQL dialect a knex instance (or transaction) speaks; the store supports two. */
export function auditDialect(db: Knex | Knex.Transaction): AuditDialect {
  const { client } = (db.client as { config: { client?: unknown } }).config;
  if (client === 'better-sqlite3' || client === 'sqlite3') return 'sqlite';
  if (client === 'mysql2' || client === 'mysql') return 'mysql';
  throw new Error(`The audit store does not support the knex client ${String(client)}.`);
}
