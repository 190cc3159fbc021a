import {
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { allow } from 'graphql-shield';
import type { RuleTree } from '../RuleTree.ts';

/** PageInfo fields a wrapper may have: cursors and flags, nothing about anyone. */
const PAGE_INFO_FIELDS = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

/**
 * `allow` for every Relay page wrapper of the schema (`…Connection`, `…Edge`, `…PageInfo`). A
 * wrapper holds cursors, flags and the nodes; the only way to it is a field whose rule was
 * checked, and its nodes carry their own rules. A type is taken for a wrapper only by name
 * and exact shape: one with anything more (a count, a name) is not, and needs rules of its
 * own, which the rule-coverage test then asks for. Rules a registry gives a wrapper win.
 */
export function pageWrapperRules(schema: GraphQLSchema): RuleTree {
  const wrappers = Object.values(schema.getTypeMap()).filter(isPageWrapper);
  return Object.fromEntries(wrappers.map((type) => [type.name, allow]));
}

function isPageWrapper(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type) || type.name.startsWith('_')) return false;
  if (type.name.endsWith('Connection')) return isConnection(type);
  if (type.name.endsWith('Edge')) return isEdge(type);
  if (type.name.endsWith('PageInfo')) return isPageInfo(type);
  return false;
}

/** `edges: [XEdge!]!` and `pageInfo: XPageInfo!`, nothing else. */
function isConnection(type: GraphQLObjectType): boolean {
  const { edges, pageInfo, ...rest } = fieldsWithoutArguments(type) ?? {};
  if (edges === undefined || pageInfo === undefined || Object.keys(rest).length > 0) return false;
  const list = isNonNullType(edges.type) ? edges.type.ofType : null;
  const edge = isListType(list) ? getNullableType(list.ofType) : null;
  const info = getNullableType(pageInfo.type);
  return isObjectType(edge) && isEdge(edge) && isObjectType(info) && isPageInfo(info);
}

/** `cursor: String!` and `node`, nothing else. */
function isEdge(type: GraphQLObjectType): boolean {
  const { cursor, node, ...rest } = fieldsWithoutArguments(type) ?? {};
  if (cursor === undefined || node === undefined || Object.keys(rest).length > 0) return false;
  return isNamed(cursor.type, 'String', true) && isObjectType(getNullableType(node.type));
}

/** `hasNextPage: Boolean!` and any of the other Relay page fields, nothing else. */
function isPageInfo(type: GraphQLObjectType): boolean {
  const fields = fieldsWithoutArguments(type);
  if (fields === null || fields['hasNextPage'] === undefined) return false;
  return Object.values(fields).every(
    ({ name, type: fieldType }) =>
      PAGE_INFO_FIELDS.has(name) &&
      (name.startsWith('has') ? isNamed(fieldType, 'Boolean', true) : isNamed(fieldType, 'String')),
  );
}

/** The type's fields, or null when any takes arguments (a wrapper's never do). */
function fieldsWithoutArguments(
  type: GraphQLObjectType,
): Record<string, GraphQLField<unknown, unknown>> | null {
  const fields = type.getFields();
  return Object.values(fields).some((field) => field.args.length > 0) ? null : fields;
}

function isNamed(type: GraphQLOutputType, name: string, nonNull = false): boolean {
  if (nonNull && !isNonNullType(type)) return false;
  const inner = getNullableType(type);
  return !isListType(inner) && inner.name === name;
}
