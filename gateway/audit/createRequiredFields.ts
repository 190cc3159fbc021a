import {
  buildASTSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** For each field computed from other registries' fields, the coordinates it requires. */
type RequiresMap = ReadonlyMap<string, readonly string[]>;

/** What the audit knows of the served supergraph's `@requires`. */
export interface RequiredFields {
  /** Called with each supergraph the gateway loads (onSchemaLoadOrUpdate). */
  schemaChanged(apiSchema: GraphQLSchema, supergraphSdl: string): void;
  /**
   * The coordinates the gateway fetches to compute the `requested` ones: a field with
   * `@requires` (`Citizen.eligibilityHints`) tells the caller what it derives from them.
   */
  requiredBy(apiSchema: GraphQLSchema, requested: Iterable<string>): string[];
}

/**
 * The audit's view of `@requires`: which fields of other registries a requested field is
 * computed from, per served schema (a reload brings its own), read from the supergraph's
 * `@join__field(requires:)`.
 */
export function createRequiredFields(): RequiredFields {
  const bySchema = new WeakMap<GraphQLSchema, RequiresMap>();
  let latest: RequiresMap = new Map();
  return {
    schemaChanged(apiSchema, supergraphSdl) {
      latest = requiresOf(supergraphSdl);
      bySchema.set(apiSchema, latest);
    },
    requiredBy(apiSchema, requested) {
      const map = bySchema.get(apiSchema) ?? latest;
      const found = new Set<string>();
      for (const coordinate of requested) map.get(coordinate)?.forEach((c) => found.add(c));
      return [...found];
    },
  };
}

/** Every field of the supergraph with `@requires`, and the coordinates its selection names. */
export function requiresOf(supergraphSdl: string): RequiresMap {
  const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const map = new Map<string, readonly string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const requires = (field.astNode?.directives ?? [])
        .filter((directive) => directive.name.value === 'join__field')
        .flatMap((directive) => directive.arguments ?? [])
        .filter((arg) => arg.name.value === 'requires' && arg.value.kind === Kind.STRING)
        .map((arg) => (arg.value.kind === Kind.STRING ? arg.value.value : ''));
      const coordinates = new Set<string>();
      for (const selection of requires) {
        const document = parse(`{ ${selection} }`);
        const [operation] = document.definitions;
        if (operation?.kind !== Kind.OPERATION_DEFINITION) continue;
        collect(schema, type, operation.selectionSet, coordinates);
      }
      if (coordinates.size > 0) map.set(`${type.name}.${field.name}`, [...coordinates].sort());
    }
  }
  return map;
}

function collect(
  schema: GraphQLSchema,
  type: GraphQLNamedType | undefined,
  selectionSet: SelectionSetNode,
  into: Set<string>,
): void {
  if (!isObjectType(type)) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = type.getFields()[selection.name.value];
      if (field === undefined) continue;
      into.add(`${type.name}.${field.name}`);
      if (selection.selectionSet !== undefined) {
        collect(schema, getNamedType(field.type), selection.selectionSet, into);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      collect(
        schema,
        condition === undefined ? type : (schema.getType(condition) ?? undefined),
        selection.selectionSet,
        into,
      );
    }
  }
}
