import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './createLogger.ts';
import { ERRORS, isKnownErrorCode, type ErrorCode } from './errors.ts';
import { requestIdOfError } from './requestId/requestIds.ts';

/** Apollo Server's codes for malformed operations; they describe the caller's request only. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Extensions a client may see. Everything else is dropped: @apollo/gateway, for one, puts
 * a failed subgraph's URL and response body under `extensions.response`.
 */
const SAFE_EXTENSIONS: ReadonlySet<string> = new Set([
  'code',
  'requestId',
  'registry',
  'retryAfter',
  'legalBases',
  // CASE_NOT_VALID: why the cited case does not serve the read (UNKNOWN, CLOSED, …).
  'reason',
  // INVALID_TRANSITION: the status a case or visit is in, the one asked for, the ones allowed.
  'from',
  'to',
  'allowed',
]);

/** graphql-js appends schema hints ("Did you mean …?") that map the schema for a prober. */
const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * Lets registered codes and request errors through with only safe extensions and no schema
 * hints; masks everything else as INTERNAL, so no SQL text, driver message, stack trace or
 * internal URL reaches a caller. The detail goes to the log under the request id.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const own = formatted.extensions?.['code'];
  const code = registeredCode(own, error) ?? (isRequestCode(own) ? own : undefined);
  if (code === ERRORS.INTERNAL.code) return internal(formatted);
  if (code !== undefined) {
    return {
      message: formatted.message.replace(SUGGESTION, ''),
      ...(formatted.locations === undefined ? {} : { locations: formatted.locations }),
      ...(formatted.path === undefined ? {} : { path: formatted.path }),
      extensions: { ...safeExtensions(formatted.extensions), code },
    };
  }
  log.error(
    { err: unwrapResolverError(error), path: formatted.path, requestId: requestIdOfError(error) },
    'masked internal error',
  );
  return internal(formatted);
}

function isRequestCode(code: unknown): code is string {
  return typeof code === 'string' && REQUEST_CODES.has(code);
}

/**
 * The registered code of the error, also when Apollo wrapped it: a validation rule's coded
 * error comes back as GRAPHQL_VALIDATION_FAILED with the original kept as `originalError`.
 */
function registeredCode(own: unknown, error: unknown): ErrorCode | undefined {
  if (isKnownErrorCode(own)) return own;
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const inner = original instanceof GraphQLError ? original.extensions['code'] : undefined;
  return isKnownErrorCode(inner) ? inner : undefined;
}

function safeExtensions(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(extensions ?? {}).filter(([name]) => SAFE_EXTENSIONS.has(name)),
  );
}

/** INTERNAL always says the same thing, whoever raised it (a subgraph included). */
function internal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: ERRORS.INTERNAL.description,
    ...(formatted.path === undefined ? {} : { path: formatted.path }),
    extensions: { code: ERRORS.INTERNAL.code },
  };
}
