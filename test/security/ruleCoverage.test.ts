import { buildSubgraphSchema } from '@apollo/subgraph';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { IRules } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** Every `Type.field` of a schema's object types, introspection types left out. */
function fieldsOf(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    );
}

function isCovered(rules: IRules, coordinate: string): boolean {
  const [type = '', field = ''] = coordinate.split('.');
  const entry: unknown = (rules as Record<string, unknown>)[type];
  if (entry === undefined) return false;
  if (!isPlainMap(entry)) return true; // one rule for the whole type
  return entry[field] !== undefined || entry['*'] !== undefined;
}

describe.each(Object.entries(REGISTRY_SUBGRAPHS))('%s subgraph rules', (_name, module) => {
  const schema = buildSubgraphSchema({ typeDefs: module.schema });

  it('name every field of every type explicitly (no field relies on the deny fallback)', () => {
    const uncovered = fieldsOf(schema).filter((coordinate) => !isCovered(module.rules, coordinate));
    expect(uncovered).toEqual([]);
  });

  it('name only types and fields that exist (a typo would silently deny)', () => {
    const known = new Set(fieldsOf(schema));
    const stray = Object.entries(module.rules as Record<string, unknown>).flatMap(
      ([type, entry]) => {
        if (!isObjectType(schema.getType(type))) return [type];
        if (!isPlainMap(entry)) return [];
        return Object.keys(entry)
          .filter((field) => field !== '*' && !known.has(`${type}.${field}`))
          .map((field) => `${type}.${field}`);
      },
    );
    expect(stray).toEqual([]);
  });
});
