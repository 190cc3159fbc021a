import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ERRORS, isKnownErrorCode } from './errors.ts';

/**
 * GraphQL over HTTP: a response without `data` is a refused request and gets a 4xx, not the
 * 500 Apollo Server gives any plugin error that carries no status of its own. The status is
 * the one the error registry declares for the first error's code; errors a result may carry
 * beside data (FORBIDDEN, BAD_USER_INPUT, …) carry none themselves, so it is chosen here.
 */
export function useRefusalStatus<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          const code = errors?.[0]?.extensions?.['code'];
          const current = response.http.status;
          if (data === undefined && isKnownErrorCode(code) && (current ?? 500) === 500) {
            response.http.status = ERRORS[code].httpStatus;
          }
          return Promise.resolve();
        },
      }),
  };
}
