/** One subgraph as this repository ships it. */
export interface SubgraphListing {
  /** Lower case letters, digits and `_`: it also names `DOST_<NAME>_*` and `schema/<name>.graphql`. */
  readonly name: string;
  /** The port it listens on by default (`DOST_<NAME>_PORT`), and the one compose routes to. */
  readonly port: number;
}

/**
 * The subgraphs of the one-window graph, in composition order: the one list their names and
 * default ports come from. `readEnv` reads `DOST_<NAME>_*` for each (unless DOST_SUBGRAPHS
 * names another list), `npm run compose` composes their SDL and writes
 * schema/supergraph.config.json from it, and `npm start` runs each.
 */
export const SUBGRAPH_LIST = [
  { name: 'people', port: 4001 },
  { name: 'pensions', port: 4002 },
  { name: 'unemployment', port: 4003 },
  { name: 'disability', port: 4004 },
  { name: 'audit', port: 4005 },
  { name: 'services', port: 4006 },
] as const satisfies readonly SubgraphListing[];

export type BuiltInSubgraphName = (typeof SUBGRAPH_LIST)[number]['name'];

/** The default port of a subgraph of the list; undefined for any other (an agency's). */
export function defaultPortOf(name: string): number | undefined {
  return SUBGRAPH_LIST.find((listing) => listing.name === name)?.port;
}

/** Whether `name` is a subgraph of the list (one this repository serves), not an agency's. */
export function isBuiltInSubgraphName(name: unknown): name is BuiltInSubgraphName {
  return SUBGRAPH_LIST.some((listing) => listing.name === name);
}
