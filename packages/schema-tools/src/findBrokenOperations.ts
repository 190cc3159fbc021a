import {
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { RegisteredOperation } from './RegisteredOperation.ts';

/** A registered operation that does not validate, and why. */
export interface BrokenOperation {
  readonly id: string;
  /** The operation names in the document, e.g. "Queue"; the id when all are anonymous. */
  readonly name: string;
  /** graphql-js's messages, each with its line and column in the document. */
  readonly errors: readonly string[];
}

function namesIn(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name !== undefined
      ? [definition.name.value]
      : [],
  );
}

function located(error: GraphQLError): string {
  const at = error.locations?.[0];
  return at === undefined ? error.message : `${error.message} (${at.line}:${at.column})`;
}

function check(schema: GraphQLSchema, operation: RegisteredOperation): BrokenOperation | null {
  let document: DocumentNode;
  try {
    document = parse(operation.document);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { id: operation.id, name: operation.id, errors: [located(error)] };
  }
  const errors = validate(schema, document);
  if (errors.length === 0) return null;
  const names = namesIn(document);
  return {
    id: operation.id,
    name: names.length > 0 ? names.join(', ') : operation.id,
    errors: errors.map(located),
  };
}

/**
 * The operations that graphql-js `validate` refuses against `schema` (the composed API schema
 * clients query), in the order given.
 */
export function findBrokenOperations({
  schema,
  operations,
}: {
  readonly schema: GraphQLSchema;
  readonly operations: readonly RegisteredOperation[];
}): readonly BrokenOperation[] {
  return operations.flatMap((operation) => {
    const broken = check(schema, operation);
    return broken === null ? [] : [broken];
  });
}
