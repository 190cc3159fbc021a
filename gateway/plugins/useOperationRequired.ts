import type { ApolloServerPlugin } from '@apollo/server';
import { ERRORS } from '../../platform/errors.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Refuses a document whose operation cannot be chosen (an unknown `operationName`, or several
 * operations and no name) with BAD_REQUEST. Left alone, the gateway's planner throws a plain
 * error for it, which would reach the caller as INTERNAL.
 */
export function useOperationRequired(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ operation }) {
          if (operation !== undefined) return Promise.resolve();
          throw ERRORS.BAD_REQUEST.err(
            'Name the operation to run in operationName; it must be one the document defines.',
          );
        },
      }),
  };
}
