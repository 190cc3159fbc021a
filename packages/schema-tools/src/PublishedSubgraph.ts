/**
 * One subgraph as it is published: its name, where it is served and the SDL the gateway
 * composes; the shape the schema registry stores, so checks and publishes share it as is.
 */
export interface PublishedSubgraph {
  readonly name: string;
  /** Where the gateway calls it, unless `DOST_<NAME>_URL` says otherwise. */
  readonly url: string;
  /** Its SDL text, as published. */
  readonly sdl: string;
}

/**
 * Where the current published set comes from: the committed `schema/` folder
 * (`loadPublishedSubgraphs`) or the schema registry's HTTP API (`createRegistryClient`); the
 * checks never need to know which one they were given.
 */
export interface PublishedSubgraphSource {
  /** Every subgraph the gateway composes now, each at its published version. */
  load(): Promise<readonly PublishedSubgraph[]>;
}
