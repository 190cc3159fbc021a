import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Tells the request's observation its operation name, once the operation parsed and
 * validated (so no name of a refused document is ever labelled), and the response, whose
 * final errors are read after every other plugin has had its say (the audit may still
 * withhold it).
 */
export function useRequestObservation(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ contextValue, operationName }) {
          contextValue.observed.operation = operationName ?? '';
          return Promise.resolve();
        },
        willSendResponse({ contextValue, response }) {
          contextValue.observed.response = response;
          return Promise.resolve();
        },
      }),
  };
}
