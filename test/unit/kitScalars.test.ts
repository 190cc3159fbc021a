import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CANONICAL_SCALAR_SOURCES,
  checkSharedScalars,
  loadPublishedSubgraphs,
} from '@dost/schema-tools';

// An agency without this repository copies the shared scalars from the kit package: the copy
// it ships must be the one the schema checks hold every subgraph to.
const kitScalarsFile = createRequire(import.meta.url).resolve('@dost/subgraph-kit/scalars.graphql');
const kitScalars = parse(readFileSync(kitScalarsFile, 'utf8'));
const published = await loadPublishedSubgraphs({
  schemaDir: new URL('../../schema/', import.meta.url),
});

describe("the kit's shared scalars", () => {
  it('declares every shared scalar', () => {
    const declared = kitScalars.definitions.flatMap((definition) =>
      definition.kind === Kind.SCALAR_TYPE_DEFINITION ? [definition.name.value] : [],
    );
    expect(declared.sort()).toEqual(Object.keys(CANONICAL_SCALAR_SOURCES).sort());
  });

  it('matches the published canonical definitions exactly', () => {
    expect(checkSharedScalars({ document: kitScalars, published })).toEqual([]);
  });
});
