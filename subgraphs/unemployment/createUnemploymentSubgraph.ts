import { createSubgraphServer, type SubgraphServer } from '../kit/createSubgraphServer.ts';
import { readSubgraphSchema } from '../kit/readSubgraphSchema.ts';
import type { RegistrySubgraphOptions } from '../kit/RegistrySubgraphOptions.ts';
import { createUnemploymentLoaders, type UnemploymentLoaders } from './loaders.ts';
import { unemploymentPermissions } from './permissions.ts';
import { createUnemploymentRegistry } from './registry.ts';
import { unemploymentResolvers } from './resolvers.ts';

/** The unemployment subgraph: registration, contracts, offers, insurance benefit, programmes. */
export function createUnemploymentSubgraph({
  db,
  log,
  authenticate,
}: RegistrySubgraphOptions): SubgraphServer<UnemploymentLoaders> {
  const registry = createUnemploymentRegistry(db);
  return createSubgraphServer({
    name: 'unemployment',
    typeDefs: readSubgraphSchema('unemployment'),
    resolvers: unemploymentResolvers,
    permissions: unemploymentPermissions,
    createLoaders: () => createUnemploymentLoaders(registry),
    authenticate,
    log,
  });
}
