import { createSubgraphServer, type SubgraphServer } from '../kit/createSubgraphServer.ts';
import { readSubgraphSchema } from '../kit/readSubgraphSchema.ts';
import type { RegistrySubgraphOptions } from '../kit/RegistrySubgraphOptions.ts';
import { createPensionsLoaders, type PensionsLoaders } from './loaders.ts';
import { pensionsPermissions } from './permissions.ts';
import { createPensionsRegistry } from './registry.ts';
import { pensionsResolvers } from './resolvers.ts';

/** The pensions subgraph over the pensions registry: labour pensions and social allowances. */
export function createPensionsSubgraph({
  db,
  log,
  authenticate,
}: RegistrySubgraphOptions): SubgraphServer<PensionsLoaders> {
  const registry = createPensionsRegistry(db);
  return createSubgraphServer({
    name: 'pensions',
    typeDefs: readSubgraphSchema('pensions'),
    resolvers: pensionsResolvers,
    permissions: pensionsPermissions,
    createLoaders: () => createPensionsLoaders(registry),
    authenticate,
    log,
  });
}
