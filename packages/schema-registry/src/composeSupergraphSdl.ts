import { composeSubgraphs } from '@dost/schema-tools';
import type { SubgraphSchema } from './SubgraphSchema.ts';

export type CompositionResult =
  | { readonly ok: true; readonly supergraphSdl: string }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Composes subgraphs, in the order given, with the schema checks' composition (one place
 * calls @apollo/composition); an SDL that does not parse is a composition error. The SDL ends
 * in one newline, as the committed supergraph file does.
 */
export function composeSupergraphSdl(subgraphs: readonly SubgraphSchema[]): CompositionResult {
  const outcome = composeSubgraphs(subgraphs);
  if (!outcome.ok) return { ok: false, errors: outcome.errors.map((error) => error.message) };
  return { ok: true, supergraphSdl: `${outcome.supergraphSdl.trimEnd()}\n` };
}
