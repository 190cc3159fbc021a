import { createSubgraphServer, type SubgraphServer } from '../kit/createSubgraphServer.ts';
import { readSubgraphSchema } from '../kit/readSubgraphSchema.ts';
import type { RegistrySubgraphOptions } from '../kit/RegistrySubgraphOptions.ts';
import { createAuditLoaders, type AuditLoaders } from './loaders.ts';
import { auditPermissions } from './permissions.ts';
import { createAuditRegistry } from './registry.ts';
import { auditResolvers } from './resolvers.ts';

export interface AuditSubgraphOptions extends RegistrySubgraphOptions {
  /**
   * Key of the staff pseudonyms citizens see. @default none: sha256("dost-staff:" + sub),
   * reversible by anyone who can enumerate staff ids; set one in production.
   */
  staffRefSecret?: string;
}

/** The read-only audit subgraph: citizens' access logs and the auditors' full log. */
export function createAuditSubgraph({
  db,
  log,
  authenticate,
  staffRefSecret,
}: AuditSubgraphOptions): SubgraphServer<AuditLoaders> {
  const registry = createAuditRegistry(db, { staffRefSecret });
  return createSubgraphServer({
    name: 'audit',
    typeDefs: readSubgraphSchema('audit'),
    resolvers: auditResolvers,
    permissions: auditPermissions,
    createLoaders: () => createAuditLoaders(registry),
    authenticate,
    log,
  });
}
