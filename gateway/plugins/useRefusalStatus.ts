import type { ApolloServerPlugin } from '@apollo/server';
import { ERRORS, isKnownErrorCode, type ErrorCode } from '../../platform/errors.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Codes whose errors are field-level (HTTP 200) inside a result but refuse the whole request
 * when they come before execution: the status then says what kind of refusal it was.
 */
const REFUSAL_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  PURPOSE_REQUIRED: 403,
};

/**
 * GraphQL over HTTP: a response without `data` is a refused request and gets a 4xx, not the
 * 500 Apollo Server gives any plugin error that carries no status of its own.
 */
export function useRefusalStatus(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          const code = errors?.[0]?.extensions?.['code'];
          const current = response.http.status;
          if (data !== undefined || !isKnownErrorCode(code) || (current ?? 500) !== 500) {
            return Promise.resolve();
          }
          const status = REFUSAL_STATUS[code] ?? ERRORS[code].httpStatus;
          if (status !== 200) response.http.status = status;
          return Promise.resolve();
        },
      }),
  };
}
