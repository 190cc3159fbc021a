import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * The audit store's migrations. The store is a package of its own (@dost/audit-store) because
 * the gateway writes it; this subgraph only reads it, and registers the same steps like any
 * registry.
 */
export const auditSubgraphMigrations: readonly RegistryMigration[] = auditMigrations;
