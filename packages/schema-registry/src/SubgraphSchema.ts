/*
 * One subgraph as composition takes it and the schema registry stores it: the shape the
 * checks of @dost/schema-tools take, so that a published set goes to them as it is.
 */
export type { PublishedSubgraph as SubgraphSchema } from '@dost/schema-tools';
