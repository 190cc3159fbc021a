import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

/** Parses `schema/<name>.graphql`: each subgraph's SDL file is its source of truth. */
export function readSubgraphSchema(name: string): DocumentNode {
  return parse(readFileSync(new URL(`../../schema/${name}.graphql`, import.meta.url), 'utf8'));
}
