import { isObjectType, type GraphQLSchema } from 'graphql';
import { isPlainMap, type RuleTree } from './RuleTree.ts';

export interface RuleCoverage {
  /** `Type.field` coordinates no rule names: graphql-shield would deny them by fallback. */
  readonly unruled: readonly string[];
  /** Rules naming a type or field the schema lacks (a typo, or a field just removed). */
  readonly stray: readonly string[];
}

/** Every `Type.field` of the schema's object types, introspection types left out. */
function objectFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap()).flatMap((type) =>
    isObjectType(type) && !type.name.startsWith('__')
      ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`)
      : [],
  );
}

function isCovered(rules: RuleTree, coordinate: string): boolean {
  const [type = '', field = ''] = coordinate.split('.');
  const entry = rules[type];
  if (entry === undefined) return false;
  if (!isPlainMap(entry)) return true; // one rule for the whole type
  return entry[field] !== undefined || entry['*'] !== undefined;
}

function strayNames(schema: GraphQLSchema, rules: RuleTree, known: Set<string>): string[] {
  return Object.entries(rules).flatMap(([type, entry]) => {
    if (!isObjectType(schema.getType(type))) return [type];
    if (!isPlainMap(entry)) return [];
    return Object.keys(entry)
      .filter((field) => field !== '*' && !known.has(`${type}.${field}`))
      .map((field) => `${type}.${field}`);
  });
}

/**
 * Whether a rule names every field of a subgraph schema, as test/security/ruleCoverage.test.ts
 * demands of the registries here. `schema` is built by buildSubgraphSchema, so federation's
 * `Query._entities`, `Query._service` and `_Service` need rules too (the kit allows them).
 */
export function checkRuleCoverage({
  schema,
  rules,
}: {
  readonly schema: GraphQLSchema;
  readonly rules: RuleTree;
}): RuleCoverage {
  const fields = objectFields(schema);
  return {
    unruled: fields.filter((coordinate) => !isCovered(rules, coordinate)),
    stray: strayNames(schema, rules, new Set(fields)),
  };
}
