import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The shape of schema/supergraph.config.json (the same as Rover's supergraph config). */
interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
export const SUPERGRAPH_FILE = new URL('supergraph.graphql', SCHEMA_DIR);

export type CompositionResult =
  | { readonly ok: true; readonly supergraphSdl: string }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Composes the subgraph SDL files named in the supergraph config. */
export function composeSupergraph(): CompositionResult {
  const config = JSON.parse(
    readFileSync(new URL('supergraph.config.json', SCHEMA_DIR), 'utf8'),
  ) as SupergraphConfig;
  const services = Object.entries(config.subgraphs).map(([name, subgraph]) => ({
    name,
    url: subgraph.routing_url,
    typeDefs: parse(readFileSync(new URL(subgraph.schema.file, SCHEMA_DIR), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors !== undefined) {
    return { ok: false, errors: result.errors.map((error) => error.message) };
  }
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trimEnd()}\n` };
}
