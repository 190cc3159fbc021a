/** One subgraph as it is published: the SDL the gateway composes and where it is served. */
export interface PublishedSubgraph {
  readonly name: string;
  readonly routingUrl: string;
  readonly sdl: string;
}

/**
 * Where the current published set comes from. Today it is the committed `schema/` folder
 * (`loadPublishedSubgraphs`); the self-hosted schema registry will answer the same call, so
 * the checks never need to know which one they were given.
 */
export interface PublishedSubgraphSource {
  /** Every subgraph the gateway composes now, each at its published version. */
  load(): Promise<readonly PublishedSubgraph[]>;
}
