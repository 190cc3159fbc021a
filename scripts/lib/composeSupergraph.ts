import { readFileSync } from 'node:fs';
import { SUBGRAPH_LIST } from '@dost/platform/subgraphList.ts';
import {
  composeSupergraphSdl,
  type CompositionResult,
  type SubgraphSchema,
} from '@dost/schema-registry';

export const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
export const SUPERGRAPH_FILE = new URL('supergraph.graphql', SCHEMA_DIR);
export const SUPERGRAPH_CONFIG_FILE = new URL('supergraph.config.json', SCHEMA_DIR);

/** Rover's supergraph config: each subgraph's routing URL and SDL file. */
export interface SupergraphConfig {
  readonly federation_version: string;
  readonly subgraphs: Readonly<
    Record<string, { readonly routing_url: string; readonly schema: { readonly file: string } }>
  >;
}

/**
 * schema/supergraph.config.json as SUBGRAPH_LIST implies it: `schema/<name>.graphql`, routed
 * to its default port on this host (the gateway overrides each URL from the environment).
 * Written by `npm run compose` for Rover and schema checks; never edited by hand.
 */
export function supergraphConfig(): SupergraphConfig {
  return {
    federation_version: '=2.7',
    subgraphs: Object.fromEntries(
      SUBGRAPH_LIST.map(({ name, port }) => [
        name,
        { routing_url: `http://127.0.0.1:${port}/graphql`, schema: { file: `${name}.graphql` } },
      ]),
    ),
  };
}

/** The config file's text, as `npm run compose` writes it. */
export function supergraphConfigText(): string {
  return `${JSON.stringify(supergraphConfig(), null, 2)}\n`;
}

/** The committed subgraphs of SUBGRAPH_LIST, each with its SDL file's text. */
export function readCommittedSubgraphs(): SubgraphSchema[] {
  return Object.entries(supergraphConfig().subgraphs).map(([name, subgraph]) => ({
    name,
    url: subgraph.routing_url,
    sdl: readFileSync(new URL(subgraph.schema.file, SCHEMA_DIR), 'utf8'),
  }));
}

/** Composes the SDL files of every subgraph of SUBGRAPH_LIST. */
export function composeSupergraph(): CompositionResult {
  return composeSupergraphSdl(readCommittedSubgraphs());
}
