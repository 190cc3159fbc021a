import { createRequire } from 'node:module';
import type { operationFromDocument } from '@apollo/federation-internals';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

type OperationFromDocument = typeof operationFromDocument;
type BuiltOperation = ReturnType<OperationFromDocument>;
type SchemaOfOperations = Parameters<OperationFromDocument>[0];

/**
 * The module whose export @apollo/federation-internals' index re-exports through a getter, so
 * what is set here is what @apollo/gateway's executor calls. One copy of the package is
 * installed (the lockfile dedupes it), so this is the gateway's own instance.
 */
const operations = createRequire(import.meta.url)(
  '@apollo/federation-internals/dist/operations.js',
) as { operationFromDocument: OperationFromDocument };

const original = operations.operationFromDocument;

/** Per operation node (from Apollo Server's cached document), per API schema. */
const built = new WeakMap<OperationDefinitionNode, WeakMap<SchemaOfOperations, BuiltOperation>>();

/**
 * @apollo/gateway's executeQueryPlan turns the request's operation into federation's
 * `Operation` on every request (`operationFromDocument(apiSchema, …, { validate: false })`),
 * although its query plan is cached: ≈ 60–150 µs of gateway CPU per S1 request, the same
 * result each time for the same document. This keeps that one call's result per operation
 * node and API schema. The node is the one Apollo Server's document cache hands every request
 * with the same text (a trusted document's is pinned), so a repeated operation reuses it; a
 * schema change brings a new API schema, which misses. The executor only reads the
 * `Operation` (result shaping, @skip/@include conditions), so concurrent requests can share
 * it. Every other caller (planning, validation) still gets a fresh one. Idempotent.
 */
export function reuseExecutionOperations(): void {
  if (operations.operationFromDocument !== original) return;
  operations.operationFromDocument = (schema, document, options) => {
    const node = options?.validate === false ? soleOperation(document) : null;
    if (node === null) return original(schema, document, options);
    let bySchema = built.get(node);
    if (bySchema === undefined) {
      bySchema = new WeakMap();
      built.set(node, bySchema);
    }
    let operation = bySchema.get(schema);
    if (operation === undefined) {
      operation = original(schema, document, options);
      bySchema.set(schema, operation);
    }
    return operation;
  };
}

/**
 * The executor's shape: one operation, first, then that document's fragments (all from the
 * same cached document, so the operation node names them all); anything else is not reused.
 */
function soleOperation(document: DocumentNode): OperationDefinitionNode | null {
  const [first, ...rest] = document.definitions;
  if (first?.kind !== Kind.OPERATION_DEFINITION) return null;
  return rest.every((definition) => definition.kind === Kind.FRAGMENT_DEFINITION) ? first : null;
}
