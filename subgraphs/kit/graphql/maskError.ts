import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../../../platform/createLogger.ts';
import { ERRORS, isKnownErrorCode } from '../../../platform/errors.ts';

/** Apollo Server's own codes for malformed operations; safe to show as they are. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Lets registered and Apollo request errors through and masks everything else as INTERNAL,
 * so no SQL text, stack or driver message reaches a caller; the detail goes to the log.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (isKnownErrorCode(code) || (typeof code === 'string' && APOLLO_CODES.has(code))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log.error({ err: unwrapResolverError(error), path: formatted.path }, 'masked internal error');
  return {
    message: ERRORS.INTERNAL.description,
    path: formatted.path,
    extensions: { code: ERRORS.INTERNAL.code },
  };
}
