import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { tagErrorRequestId } from './requestIds.ts';

/**
 * Puts the request id wherever the caller and the logs meet it: on each error a request
 * raises before Apollo Server formats it (Apollo calls `didEncounterErrors` with the very
 * objects it then hands to `formatError`, so `maskError` logs a masked error under the id the
 * caller sees), and in the answer's `x-request-id` and every error's `extensions.requestId`.
 * Refusals before execution never reach plugins; createGraphQLHandler tags those.
 */
export function useRequestIds<TContext extends BaseContext>(
  requestIdOf: (context: TContext) => string,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          tagErrorRequestId(errors, requestIdOf(contextValue));
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue }) {
          const requestId = requestIdOf(contextValue);
          response.http.headers.set('x-request-id', requestId);
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if (result.errors !== undefined) {
            result.errors = result.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId },
            }));
          }
          return Promise.resolve();
        },
      }),
  };
}
