import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Puts a traced request's trace id in each error's `extensions.traceId`, beside its request
 * id, so that an operator handed an error finds its trace. Untraced, errors stay as they are.
 */
export function useTraceIds(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response, contextValue }) {
          const { traceId } = contextValue.observed;
          if (traceId === null || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if (result.errors !== undefined) {
            result.errors = result.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, traceId },
            }));
          }
          return Promise.resolve();
        },
      }),
  };
}
