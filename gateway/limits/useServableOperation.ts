import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Refuses, before planning, an operation the graph cannot serve. Left alone, the gateway's
 * planner throws a plain error for each of these, which would reach the caller as INTERNAL:
 * - BAD_REQUEST when the operation cannot be chosen (an unknown `operationName`, or several
 *   operations and no name);
 * - OPERATION_NOT_SUPPORTED for a mutation while the supergraph defines no Mutation type, and
 *   for any subscription, which @apollo/gateway cannot run. graphql-js validation lets both
 *   through: it checks no selection made on a root type the schema lacks;
 * - OPERATION_NOT_SUPPORTED for a mutation that is not exactly one write: one field of
 *   Mutation, selected directly. One request, one write, one pair of audit records, and a
 *   result that says whether that write was made (docs/audit-trail.md, "Writes").
 */
export function useServableOperation(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ operation, schema }) {
          if (operation === undefined) {
            throw ERRORS.BAD_REQUEST.err(
              'Name the operation to run in operationName; it must be one the document defines.',
            );
          }
          if (!servable(operation, schema)) {
            throw ERRORS.OPERATION_NOT_SUPPORTED.err(
              `This graph does not serve ${operation.operation} operations; send a query.`,
            );
          }
          if (operation.operation === OperationTypeNode.MUTATION && !oneWrite(operation)) {
            throw ERRORS.OPERATION_NOT_SUPPORTED.err(
              'A mutation operation makes exactly one write: select one Mutation field, directly.',
            );
          }
          return Promise.resolve();
        },
      }),
  };
}

function servable(operation: OperationDefinitionNode, schema: GraphQLSchema): boolean {
  // Subscriptions need a transport the gateway does not have.
  return (
    operation.operation !== OperationTypeNode.SUBSCRIPTION &&
    schema.getRootType(operation.operation) !== undefined
  );
}

function oneWrite(operation: OperationDefinitionNode): boolean {
  const [only, ...more] = operation.selectionSet.selections;
  return (
    more.length === 0 &&
    only !== undefined &&
    only.kind === Kind.FIELD &&
    !only.name.value.startsWith('__')
  );
}
