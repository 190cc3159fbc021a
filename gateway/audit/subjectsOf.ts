import {
  type DocumentNode,
  getVariableValues,
  valueFromAST,
  valueFromASTUntyped,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { finsIn } from '@dost/platform/finsIn.ts';
import { operationShape, type SubjectArgument } from './operationShape.ts';

/**
 * The FINs an operation names, as graphql-js will coerce its arguments: literals, variables,
 * variable defaults, lists and input objects at any depth. These are whom a denied or failed
 * attempt was aimed at, when no subgraph got as far as disclosing anything.
 */
export function subjectsOf({
  schema,
  operation,
  subjectArguments,
  variables = {},
}: {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  subjectArguments: readonly SubjectArgument[];
  variables?: Readonly<Record<string, unknown>> | undefined;
}): string[] {
  if (subjectArguments.length === 0) return [];
  const values = variableValues(schema, operation, variables);
  const found = new Set<string>();
  for (const { value, type } of subjectArguments) {
    finsIn(type, valueFromAST(value, type, values), found);
  }
  return [...found];
}

/** The FINs the operation that runs names, its subject arguments found once per document. */
export function subjectsOfOperation({
  schema,
  document,
  operation,
  variables,
}: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Readonly<Record<string, unknown>> | undefined;
}): string[] {
  const { subjectArguments } = operationShape(schema, document, operation);
  return subjectsOf({ schema, operation, subjectArguments, variables });
}

/**
 * The variables as execution sees them, defaults applied. Variables that fail coercion (the
 * request is then refused anyway) still count as given, so an attempt is never anonymous.
 */
function variableValues(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  provided: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const definitions = operation.variableDefinitions ?? [];
  const coerced = getVariableValues(schema, definitions, provided, { maxErrors: 1 });
  if (coerced.coerced !== undefined) return coerced.coerced;
  const values: Record<string, unknown> = {};
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    if (Object.hasOwn(provided, name)) values[name] = provided[name];
    else if (definition.defaultValue !== undefined) {
      values[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return values;
}
