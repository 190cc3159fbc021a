import { composeSubgraphs, type CompositionOutcome } from './composeSubgraphs.ts';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';

/** Stands in for a new subgraph's URL: composition needs one, and it is never called. */
const UNPUBLISHED_URL = 'https://unpublished.invalid/graphql';

/**
 * Composes the candidate SDL with the other published subgraphs: it replaces the published
 * version of the same name, or joins the set when the subgraph is new.
 */
export function composeWithCandidate({
  published,
  name,
  sdl,
}: {
  readonly published: readonly PublishedSubgraph[];
  readonly name: string;
  readonly sdl: string;
}): CompositionOutcome {
  const current = published.find((subgraph) => subgraph.name === name);
  const candidate = { name, sdl, url: current?.url ?? UNPUBLISHED_URL };
  const others = published.filter((subgraph) => subgraph.name !== name);
  return composeSubgraphs([...others, candidate]);
}
