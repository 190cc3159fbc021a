import { composeServices } from '@apollo/composition';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import { parseSubgraphSdl } from './parseSubgraphSdl.ts';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';

/** One composition error, as @apollo/composition words it. */
export interface CompositionError {
  /** Federation's error code, e.g. FIELD_TYPE_MISMATCH; null for a syntax error. */
  readonly code: string | null;
  readonly message: string;
}

export type CompositionOutcome =
  | {
      readonly ok: true;
      readonly supergraphSdl: string;
      /** What clients see: the supergraph without federation's own types and directives. */
      readonly apiSchema: GraphQLSchema;
    }
  | { readonly ok: false; readonly errors: readonly CompositionError[] };

function codeOf(error: GraphQLError): string | null {
  const code = error.extensions['code'];
  return typeof code === 'string' ? code : null;
}

/** Composes a set of subgraphs with @apollo/composition, as `npm run compose` does. */
export function composeSubgraphs(subgraphs: readonly PublishedSubgraph[]): CompositionOutcome {
  const services = [];
  for (const subgraph of subgraphs) {
    const parsed = parseSubgraphSdl(subgraph.name, subgraph.sdl);
    if (!parsed.ok) return parsed;
    services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parsed.document });
  }
  const result = composeServices(services);
  if (result.errors !== undefined) {
    return {
      ok: false,
      errors: result.errors.map((error) => ({ code: codeOf(error), message: error.message })),
    };
  }
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
  };
}
