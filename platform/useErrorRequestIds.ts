import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { tagErrorRequestId } from './requestScope.ts';

/**
 * Tags each error a request raises with its request id before Apollo Server formats it, so
 * `maskError` can log a masked error under the id the caller sees. Apollo calls
 * `didEncounterErrors` with the very error objects it then hands to `formatError`.
 */
export function useErrorRequestIds<TContext extends BaseContext>(
  requestIdOf: (context: TContext) => string,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          tagErrorRequestId(errors, requestIdOf(contextValue));
          return Promise.resolve();
        },
      }),
  };
}
