import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './createLogger.ts';
import { ERRORS, isKnownErrorCode } from './errors.ts';

/** Apollo Server's codes for malformed operations; they describe the caller's request only. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Lets registered codes and request errors through, stripped of stack traces and of which
 * service raised them; masks everything else as INTERNAL, so no SQL text, driver message or
 * internal URL reaches a caller. The detail goes to the log.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (isKnownErrorCode(code) || (typeof code === 'string' && REQUEST_CODES.has(code))) {
    const {
      stacktrace: _stacktrace,
      serviceName: _serviceName,
      exception: _exception,
      ...extensions
    } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log.error({ err: unwrapResolverError(error), path: formatted.path }, 'masked internal error');
  return {
    message: ERRORS.INTERNAL.description,
    ...(formatted.path === undefined ? {} : { path: formatted.path }),
    extensions: { code: ERRORS.INTERNAL.code },
  };
}
