import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema } from 'graphql';

/**
 * The API schema the gateway serves clients, from the composed supergraph: what federation
 * itself derives (join__/link__ machinery and @inaccessible elements removed), so the typed
 * client is generated against exactly what the gateway validates against.
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(api))}\n`;
}
