import { GraphQLError, parse, type DocumentNode } from 'graphql';
import type { CompositionError } from './composeSubgraphs.ts';

export type ParsedSdl =
  | { readonly ok: true; readonly document: DocumentNode }
  | { readonly ok: false; readonly errors: readonly CompositionError[] };

/** Parses a subgraph's SDL; a syntax error comes back as a composition error naming it. */
export function parseSubgraphSdl(name: string, sdl: string): ParsedSdl {
  try {
    return { ok: true, document: parse(sdl) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { ok: false, errors: [{ code: null, message: `[${name}] ${error.message}` }] };
  }
}
