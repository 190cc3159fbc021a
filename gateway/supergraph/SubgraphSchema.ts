/** One subgraph as composition takes it and the schema registry stores it. */
export interface SubgraphSchema {
  readonly name: string;
  /** Where the gateway calls it, unless `DOST_<NAME>_URL` says otherwise. */
  readonly url: string;
  /** Its SDL text, as published. */
  readonly sdl: string;
}
