import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphSchema } from '../../gateway/supergraph/SubgraphSchema.ts';

/** The shape of schema/supergraph.config.json (the same as Rover's supergraph config). */
interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
export const SUPERGRAPH_FILE = new URL('supergraph.graphql', SCHEMA_DIR);

export type CompositionResult =
  | { readonly ok: true; readonly supergraphSdl: string }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The committed subgraphs: each one the supergraph config names, with its SDL file's text. */
export function readCommittedSubgraphs(): SubgraphSchema[] {
  const config = JSON.parse(
    readFileSync(new URL('supergraph.config.json', SCHEMA_DIR), 'utf8'),
  ) as SupergraphConfig;
  return Object.entries(config.subgraphs).map(([name, subgraph]) => ({
    name,
    url: subgraph.routing_url,
    sdl: readFileSync(new URL(subgraph.schema.file, SCHEMA_DIR), 'utf8'),
  }));
}

/** Composes subgraphs, in the order given; an SDL that does not parse is a composition error. */
export function composeSubgraphs(subgraphs: readonly SubgraphSchema[]): CompositionResult {
  const services = [];
  for (const { name, url, sdl } of subgraphs) {
    try {
      services.push({ name, url, typeDefs: parse(sdl) });
    } catch (error) {
      return { ok: false, errors: [`[${name}] ${(error as Error).message}`] };
    }
  }
  const result = composeServices(services);
  if (result.errors !== undefined) {
    return { ok: false, errors: result.errors.map((error) => error.message) };
  }
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trimEnd()}\n` };
}

/** Composes the subgraph SDL files named in the supergraph config. */
export function composeSupergraph(): CompositionResult {
  return composeSubgraphs(readCommittedSubgraphs());
}
