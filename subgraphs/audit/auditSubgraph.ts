import { defineRegistrySubgraph, readSchemaFile, type RegistrySubgraph } from '@dost/subgraph-kit';
import { createAuditLoaders } from './loaders.ts';
import { auditSubgraphMigrations } from './migrations/index.ts';
import { auditRules } from './permissions.ts';
import { createAuditRegistry } from './registry.ts';
import { auditResolvers } from './resolvers.ts';

export interface AuditSubgraphOptions {
  /**
   * Key of the staff pseudonyms citizens see. @default none: sha256("dost-staff:" + sub),
   * reversible by anyone who can enumerate staff ids; set one in production.
   */
  staffRefSecret?: string;
}

/** The read-only audit subgraph: citizens' access logs and the auditors' full log. */
export function defineAuditSubgraph({
  staffRefSecret,
}: AuditSubgraphOptions = {}): RegistrySubgraph {
  return defineRegistrySubgraph({
    name: 'audit',
    schema: readSchemaFile(new URL('../../schema/audit.graphql', import.meta.url)),
    migrations: auditSubgraphMigrations,
    registry: (db) => createAuditRegistry(db, { staffRefSecret }),
    loaders: createAuditLoaders,
    resolvers: auditResolvers,
    rules: auditRules,
  });
}

/** The audit subgraph with the default pseudonyms, as `npm start` serves it. */
export const auditSubgraph = defineAuditSubgraph();
