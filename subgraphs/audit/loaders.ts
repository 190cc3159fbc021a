import { createPageLoader, type PageArgs } from '@dost/subgraph-kit';
import type { AuditLogQuery, AuditRegistry } from './registry.ts';

/** Per-request loaders of the audit subgraph; each batch is one statement. */
export function createAuditLoaders(registry: AuditRegistry) {
  return {
    accessLog: createPageLoader(
      (fins: readonly string[], page) => registry.accessLogPages(fins, page),
      (entry) => entry.fin,
    ),
    /** The auditors' log is one root field per operation: there is nothing to batch. */
    auditLog: (query: AuditLogQuery, page: PageArgs) => registry.auditLogPage(query, page),
  };
}

export type AuditLoaders = ReturnType<typeof createAuditLoaders>;
