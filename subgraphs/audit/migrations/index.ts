import { auditMigrations } from '../../../platform/audit/auditMigrations.ts';
import type { RegistryMigration } from '../../../platform/migrateRegistry.ts';

/**
 * The audit store's migrations. The store lives in platform/ because the gateway writes it;
 * this subgraph only reads it, and registers the same steps like any registry.
 */
export const auditSubgraphMigrations: readonly RegistryMigration[] = auditMigrations;
