import { readFileSync } from 'node:fs';
import type { Env } from '@dost/platform/env.ts';

/**
 * The committed supergraph with every routing URL replaced by where the bench runs that
 * subgraph (DOST_<NAME>_URL), for gateways that take URLs only from the SDL.
 */
export function benchSupergraphSdl(env: Env): string {
  const sdl = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
  return sdl.replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = (env.subgraphUrls as Readonly<Record<string, string>>)[name];
    return url === undefined ? whole : `@join__graph(name: "${name}", url: "${url}")`;
  });
}
