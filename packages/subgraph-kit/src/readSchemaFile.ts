import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

/**
 * Parses a subgraph's SDL file: the SDL is the subgraph's source of truth, and the code is
 * checked against it. Pass a URL made from the caller's own module, e.g.
 * `new URL('../../schema/pensions.graphql', import.meta.url)`, so it works from any folder.
 */
export function readSchemaFile(file: URL | string): DocumentNode {
  return parse(readFileSync(file, 'utf8'));
}
