import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type FieldDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';

/** The entity every registry extends, and its key: the citizen by FIN. */
export const ENTITY = 'Citizen';
export const ENTITY_KEY = 'fin';

/** How deep the selection goes below an owned field: far enough to reach a page's nodes. */
const MAX_DEPTH = 4;

/** What an `_entities` call should ask of this subgraph. */
export interface EntitySelection {
  /** The Citizen fields the subgraph resolves itself (not its key, not `@external`). */
  readonly ownedFields: readonly string[];
  /** The selection set under `... on Citizen`, every owned field down to MAX_DEPTH. */
  readonly selection: string;
}

/**
 * Reads the subgraph's own SDL (`_service { sdl }`) and selects what it owns of the citizen,
 * each object down to its leaves (pages and nested lists included, where a per-key lookup
 * would hide), skipping fields whose arguments are required: any agency schema, no list kept
 * here. Null when the subgraph does not extend Citizen.
 */
export function entitySelection(sdl: string): EntitySelection | null {
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl) });
  const citizen = schema.getType(ENTITY);
  if (!isObjectType(citizen)) return null;
  const owned = Object.values(citizen.getFields()).filter(
    (field) => field.name !== ENTITY_KEY && !isExternal(field.astNode),
  );
  const selected = owned.flatMap((field) => selectField(field, MAX_DEPTH));
  return {
    ownedFields: owned.map((field) => field.name),
    selection: ['__typename', ENTITY_KEY, ...selected].join(' '),
  };
}

function isExternal(node: FieldDefinitionNode | null | undefined): boolean {
  return node?.directives?.some((directive) => directive.name.value === 'external') ?? false;
}

// Field definitions come as `GraphQLField<unknown, unknown>`; the types below carry no more.
type AnyField = GraphQLField<unknown, unknown>;

function selectField(field: AnyField, depth: number): string[] {
  if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
    return [];
  }
  const type = getNamedType(field.type);
  if (isLeafType(type)) return [field.name];
  if (!isObjectType(type) || depth === 0) return [`${field.name} { __typename }`];
  return [`${field.name} { ${selectObject(type, depth - 1).join(' ')} }`];
}

function selectObject(type: GraphQLObjectType, depth: number): string[] {
  return [
    '__typename',
    ...Object.values(type.getFields()).flatMap((field) => selectField(field, depth)),
  ];
}
