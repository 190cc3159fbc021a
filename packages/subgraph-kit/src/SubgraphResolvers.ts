import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { SubgraphContext } from './SubgraphContext.ts';

/**
 * A registry subgraph's resolver map, its context typed by its loaders. Named here so that an
 * agency's code need not reach into @apollo/subgraph's internal paths for it.
 */
export type SubgraphResolvers<TLoaders> = GraphQLResolverMap<SubgraphContext<TLoaders>>;
