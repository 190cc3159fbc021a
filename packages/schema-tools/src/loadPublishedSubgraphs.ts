import { readFile } from 'node:fs/promises';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';

/** The parts of schema/supergraph.config.json (Rover's supergraph config) this reads. */
interface SupergraphConfig {
  readonly subgraphs: Readonly<
    Record<string, { readonly routing_url: string; readonly schema: { readonly file: string } }>
  >;
}

function isSupergraphConfig(value: unknown): value is SupergraphConfig {
  return (
    typeof value === 'object' &&
    value !== null &&
    'subgraphs' in value &&
    typeof value.subgraphs === 'object' &&
    value.subgraphs !== null
  );
}

/**
 * Reads the published set from a schema folder: its `supergraph.config.json` and the SDL
 * file each entry names. Throws when the folder is not a supergraph config.
 */
export async function loadPublishedSubgraphs({
  schemaDir,
}: {
  /** A folder URL ending in `/`. */
  readonly schemaDir: URL;
}): Promise<readonly PublishedSubgraph[]> {
  const configUrl = new URL('supergraph.config.json', schemaDir);
  const config: unknown = JSON.parse(await readFile(configUrl, 'utf8'));
  if (!isSupergraphConfig(config)) {
    throw new Error(`${configUrl.pathname} has no "subgraphs" map`);
  }
  return Promise.all(
    Object.entries(config.subgraphs).map(async ([name, entry]) => ({
      name,
      url: entry.routing_url,
      sdl: await readFile(new URL(entry.schema.file, schemaDir), 'utf8'),
    })),
  );
}
