import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../GatewayContext.ts';

/** Tags the response and every error with the request id the logs and audit trail use. */
export function useRequestId(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response, contextValue }) {
          const { requestId } = contextValue.identity;
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
