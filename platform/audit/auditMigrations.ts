import type { Knex } from 'knex';
import { auditTrail } from './migrations/001_audit_trail.ts';

/**
 * One schema step of the audit store. Structurally the same as the subgraph kit's
 * RegistryMigration, which platform code may not import, so either runner accepts it.
 */
export interface AuditMigration {
  readonly name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/** Audit store migrations, oldest first. */
export const auditMigrations: readonly AuditMigration[] = [auditTrail];
