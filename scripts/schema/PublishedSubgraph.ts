import type { SubgraphSchema } from '../../gateway/supergraph/SubgraphSchema.ts';

/**
 * One subgraph as it is published: its name, where it is served and the SDL the gateway
 * composes; the shape the schema registry stores, so checks and publishes share it as is.
 */
export type PublishedSubgraph = SubgraphSchema;

/**
 * Where the current published set comes from. Today it is the committed `schema/` folder
 * (`loadPublishedSubgraphs`); the self-hosted schema registry will answer the same call, so
 * the checks never need to know which one they were given.
 */
export interface PublishedSubgraphSource {
  /** Every subgraph the gateway composes now, each at its published version. */
  load(): Promise<readonly PublishedSubgraph[]>;
}
