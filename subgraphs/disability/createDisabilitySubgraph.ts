import { createSubgraphServer, type SubgraphServer } from '../kit/createSubgraphServer.ts';
import { readSubgraphSchema } from '../kit/readSubgraphSchema.ts';
import type { RegistrySubgraphOptions } from '../kit/RegistrySubgraphOptions.ts';
import { createDisabilityLoaders, type DisabilityLoaders } from './loaders.ts';
import { disabilityPermissions } from './permissions.ts';
import { createDisabilityRegistry } from './registry.ts';
import { disabilityResolvers } from './resolvers.ts';

/** The disability subgraph over the medical-social expertise registry: degree, decisions, diagnoses. */
export function createDisabilitySubgraph({
  db,
  log,
  authenticate,
}: RegistrySubgraphOptions): SubgraphServer<DisabilityLoaders> {
  const registry = createDisabilityRegistry(db);
  return createSubgraphServer({
    name: 'disability',
    typeDefs: readSubgraphSchema('disability'),
    resolvers: disabilityResolvers,
    permissions: disabilityPermissions,
    createLoaders: () => createDisabilityLoaders(registry),
    authenticate,
    log,
  });
}
