import { defineRegistrySubgraph, readSchemaFile } from '@dost/subgraph-kit';
import { createTrainingLoaders } from './loaders.ts';
import { trainingMigrations } from './migrations/index.ts';
import { trainingRules } from './permissions.ts';
import { createTrainingRegistry } from './registry.ts';
import { trainingResolvers } from './resolvers.ts';

/** The SDL this agency publishes with `schema:publish`: the source of truth. */
export const TRAINING_SDL_FILE = new URL('../schema/training.graphql', import.meta.url);

/** The training subgraph over the State Employment Agency's vocational-training registry. */
export const trainingSubgraph = defineRegistrySubgraph({
  name: 'training',
  schema: readSchemaFile(TRAINING_SDL_FILE),
  migrations: trainingMigrations,
  registry: createTrainingRegistry,
  loaders: createTrainingLoaders,
  resolvers: trainingResolvers,
  rules: trainingRules,
});
