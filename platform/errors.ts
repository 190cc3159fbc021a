import { GraphQLError } from 'graphql';

/** One registered error: a stable code clients can switch on, and its meaning. */
export interface ErrorDefinition {
  readonly code: string;
  readonly description: string;
  /** HTTP status the gateway answers with when this error ends a whole request. */
  readonly httpStatus: number;
  err(message?: string, extensions?: Record<string, unknown>): GraphQLError;
}

function define(code: string, description: string, httpStatus = 200): ErrorDefinition {
  return {
    code,
    description,
    httpStatus,
    err: (message = description, extensions = {}) =>
      new GraphQLError(message, {
        extensions: {
          ...extensions,
          code,
          // A caller's `http` (e.g. a Retry-After header) is kept; the status is the code's.
          ...(httpStatus === 200 ? {} : { http: { ...httpOf(extensions), status: httpStatus } }),
        },
      }),
  };
}

function httpOf(extensions: Record<string, unknown>): object {
  const http = extensions['http'];
  return typeof http === 'object' && http !== null ? http : {};
}

/**
 * Every error code the graph returns, in one registry so that clients, docs and tests agree.
 * Anything not created from here is masked as INTERNAL at the edge.
 */
export const ERRORS = {
  UNAUTHENTICATED: define('UNAUTHENTICATED', 'Authentication is required.', 401),
  FORBIDDEN: define('FORBIDDEN', 'You are not allowed to read this.'),
  PURPOSE_REQUIRED: define(
    'PURPOSE_REQUIRED',
    'State a purpose in X-Dost-Purpose as LEGAL_BASIS:case-reference.',
  ),
  BAD_USER_INPUT: define('BAD_USER_INPUT', 'The request has an invalid argument.'),
  BAD_REQUEST: define('BAD_REQUEST', 'The HTTP request is malformed.', 400),
  OPERATION_NOT_SUPPORTED: define(
    'OPERATION_NOT_SUPPORTED',
    'The graph does not serve this kind of operation yet (mutations, subscriptions).',
    400,
  ),
  PAYLOAD_TOO_LARGE: define('PAYLOAD_TOO_LARGE', 'The request body is too large.', 413),
  RATE_LIMITED: define('RATE_LIMITED', 'Too many requests; retry later.', 429),
  // One code per query bound, so a client knows which limit it hit (gateway/limits/).
  QUERY_TOO_DEEP: define('QUERY_TOO_DEEP', 'The operation is nested too deeply.', 400),
  TOO_MANY_ALIASES: define('TOO_MANY_ALIASES', 'The operation uses too many aliases.', 400),
  TOO_MANY_DIRECTIVES: define(
    'TOO_MANY_DIRECTIVES',
    'The operation uses too many directives.',
    400,
  ),
  TOO_MANY_TOKENS: define('TOO_MANY_TOKENS', 'The operation text is too long.', 400),
  TOO_MANY_ROOT_FIELDS: define(
    'TOO_MANY_ROOT_FIELDS',
    'The operation asks for too many top-level fields.',
    400,
  ),
  QUERY_TOO_COSTLY: define('QUERY_TOO_COSTLY', 'The operation would cost too much to answer.', 400),
  REGISTRY_UNAVAILABLE: define('REGISTRY_UNAVAILABLE', 'A registry did not answer in time.'),
  AUDIT_UNAVAILABLE: define(
    'AUDIT_UNAVAILABLE',
    'The access could not be recorded, so no data was disclosed.',
    503,
  ),
  INTERNAL: define('INTERNAL', 'Something went wrong on our side.', 500),
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

/** True when the code is one this registry defines (and so is safe to show a client). */
export function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}
