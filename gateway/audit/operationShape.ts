import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { mayNameCitizen } from '@dost/platform/finsIn.ts';

/** An argument through which the operation may name a citizen, with its declared type. */
export interface SubjectArgument {
  readonly value: ArgumentNode['value'];
  readonly type: GraphQLInputType;
}

/** What the audit needs of an operation that depends on its text and the schema alone. */
export interface OperationShape {
  /**
   * Every schema coordinate the operation asks for (`Query.citizen`, `Citizen.fullName`),
   * sorted: what a refusal before execution refused, and the bound on what can have left.
   */
  readonly requested: readonly string[];
  /** The arguments, at any depth, whose type can carry a FIN. */
  readonly subjectArguments: readonly SubjectArgument[];
}

/**
 * Works out the shape of the operation that runs (with the fragments it spreads, not the
 * document's other operations), once per operation node and schema: Apollo Server hands the
 * same parsed document for the same text, so a repeated operation is walked once, and a
 * reloaded supergraph gets its own entry.
 */
export function operationShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationShape {
  let bySchema = shapes.get(operation);
  if (bySchema === undefined) {
    bySchema = new WeakMap();
    shapes.set(operation, bySchema);
  }
  let shape = bySchema.get(schema);
  if (shape === undefined) {
    shape = computeShape(schema, document, operation);
    bySchema.set(schema, shape);
  }
  return shape;
}

const shapes = new WeakMap<OperationDefinitionNode, WeakMap<GraphQLSchema, OperationShape>>();

function computeShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationShape {
  const requested = new Set<string>();
  const subjectArguments: SubjectArgument[] = [];
  for (const node of [operation, ...fragmentsUsedBy(document, operation)]) {
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          // Introspection and __typename are not fields of the schema's types.
          if (parent === null || parent === undefined || field.name.value.startsWith('__')) return;
          requested.add(`${parent.name}.${field.name.value}`);
        },
        Argument(argument) {
          const type = typeInfo.getArgument()?.type;
          if (type !== undefined && mayNameCitizen(type)) {
            subjectArguments.push({ value: argument.value, type });
          }
        },
      }),
    );
  }
  return { requested: [...requested].sort(), subjectArguments };
}

/** The fragment definitions an operation spreads, directly or through other fragments. */
function fragmentsUsedBy(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = byName.get(name);
        if (fragment === undefined || used.has(name)) return;
        used.set(name, fragment);
        pending.push(fragment);
      },
    });
  }
  return [...used.values()];
}
