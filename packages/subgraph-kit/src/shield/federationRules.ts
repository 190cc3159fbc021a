import { allow } from 'graphql-shield';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { RuleTree } from '../RuleTree.ts';
import { isFieldRuleMap } from './isFieldRuleMap.ts';

/** Federation's root fields, allowed wherever the subgraph schema has them. */
const PLUMBING_FIELDS = ['_entities', '_service'] as const;

/**
 * A rule tree with federation's plumbing allowed: `_service` (the SDL the gateway composes
 * from), `_entities` (how the gateway resolves references; every field then read on an entity
 * keeps its own rule) and `_Service`. The subgraph answers only calls the gateway signed, so
 * this opens nothing to anyone else, and denying them would break every entity fetch.
 */
export function withFederationRules(rules: RuleTree, schema: GraphQLSchema): RuleTree {
  const query = rules['Query'] ?? {};
  if (!isFieldRuleMap(query)) {
    throw new Error(
      'Give Query its rules field by field: a rule for all of it would hide _entities.',
    );
  }
  const queryType = schema.getQueryType();
  const fields = queryType === null || queryType === undefined ? {} : queryType.getFields();
  const plumbing = PLUMBING_FIELDS.filter((field) => Object.hasOwn(fields, field));
  const complete: RuleTree = {
    ...rules,
    Query: { ...query, ...Object.fromEntries(plumbing.map((field) => [field, allow])) },
  };
  if (isObjectType(schema.getType('_Service'))) complete['_Service'] = allow;
  return complete;
}
