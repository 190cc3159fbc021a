import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';

/**
 * The audit store's migrations. The store is its own package (@dost/audit-store) because the gateway writes it;
 * this subgraph only reads it, and registers the same steps like any registry.
 */
export const auditSubgraphMigrations: readonly RegistryMigration[] = auditMigrations;
