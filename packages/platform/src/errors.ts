import { GraphQLError } from 'graphql';

/** One registered error: a stable code clients can switch on, and its meaning. */
export interface ErrorDefinition {
  readonly code: string;
  readonly description: string;
  /**
   * HTTP status of a response this error refuses as a whole (no `data`). Statuses are chosen
   * here alone: `err()`/`refuse()` carry it, and useRefusalStatus reads it.
   */
  readonly httpStatus: number;
  /**
   * True when a result may carry this error beside data (a denied field, a registry that did
   * not answer): such a result is still HTTP 200, so `err()` carries no status.
   */
  readonly inResults: boolean;
  /** The error; one that always ends the request carries its status with it. */
  err(message?: string, extensions?: Record<string, unknown>): GraphQLError;
  /**
   * The error as the refusal of a whole request, carrying `httpStatus`: for refusals made
   * where no plugin sees the response, such as while the request's context is built.
   */
  refuse(message?: string, extensions?: Record<string, unknown>): GraphQLError;
}

function define(
  code: string,
  description: string,
  httpStatus: number,
  inResults: boolean,
): ErrorDefinition {
  const create =
    (withStatus: boolean) =>
    (message = description, extensions: Record<string, unknown> = {}) =>
      new GraphQLError(message, {
        extensions: {
          ...extensions,
          code,
          // A caller's `http` (e.g. a Retry-After header) is kept; the status is the code's.
          ...(withStatus ? { http: { ...httpOf(extensions), status: httpStatus } } : {}),
        },
      });
  return {
    code,
    description,
    httpStatus,
    inResults,
    err: create(!inResults),
    refuse: create(true),
  };
}

/** An error that only ever ends a whole request, wherever it is raised. */
const requestError = (code: string, description: string, httpStatus: number) =>
  define(code, description, httpStatus, false);

/** An error a result may carry beside data; `httpStatus` is for when it refuses a request. */
const resultError = (code: string, description: string, httpStatus: number) =>
  define(code, description, httpStatus, true);

function httpOf(extensions: Record<string, unknown>): object {
  const http = extensions['http'];
  return typeof http === 'object' && http !== null ? http : {};
}

/**
 * Every error code the graph returns, in one registry so that clients, docs and tests agree.
 * Anything not created from here is masked as INTERNAL at the edge.
 */
export const ERRORS = {
  UNAUTHENTICATED: requestError('UNAUTHENTICATED', 'Authentication is required.', 401),
  FORBIDDEN: resultError('FORBIDDEN', 'You are not allowed to read this.', 403),
  PURPOSE_REQUIRED: requestError(
    'PURPOSE_REQUIRED',
    'State a purpose in X-Dost-Purpose as LEGAL_BASIS:case-reference.',
    403,
  ),
  // A purpose whose basis needs a case (gateway/admission/useCaseBinding.ts) citing one that
  // is not an open case of the citizen read at the reader's centre; `reason` says which.
  CASE_NOT_VALID: requestError(
    'CASE_NOT_VALID',
    'The case cited in X-Dost-Purpose is not an open case of this citizen at your centre.',
    403,
  ),
  // A partner's read of a citizen without that citizen's live consent for the partner's
  // agency covering the scopes the read uses (gateway/admission/useConsentCheck.ts);
  // `reason` says which: NONE, REVOKED, EXPIRED or SCOPE.
  CONSENT_REQUIRED: requestError(
    'CONSENT_REQUIRED',
    "The citizen has not consented to this partner's read.",
    403,
  ),
  BAD_USER_INPUT: resultError('BAD_USER_INPUT', 'The request has an invalid argument.', 400),
  BAD_REQUEST: requestError('BAD_REQUEST', 'The HTTP request is malformed.', 400),
  OPERATION_NOT_SUPPORTED: requestError(
    'OPERATION_NOT_SUPPORTED',
    'The graph does not serve this kind of operation (subscriptions).',
    400,
  ),
  // Trusted documents (gateway/documents/): Apollo's code for an unknown id, and our own for
  // text from a role that may send only manifest documents.
  PERSISTED_QUERY_NOT_FOUND: requestError(
    'PERSISTED_QUERY_NOT_FOUND',
    'No trusted document has this id.',
    400,
  ),
  PERSISTED_QUERY_REQUIRED: requestError(
    'PERSISTED_QUERY_REQUIRED',
    'This role may send only trusted documents, by documentId.',
    403,
  ),
  // The service desk's writes (subgraphs/services): what a client retrying a write must know.
  IDEMPOTENCY_KEY_REUSED: resultError(
    'IDEMPOTENCY_KEY_REUSED',
    'This idempotency key was already used for a different write; choose a new key.',
    409,
  ),
  INVALID_TRANSITION: resultError(
    'INVALID_TRANSITION',
    'The case or visit cannot move to this status from the one it is in.',
    409,
  ),
  PAYLOAD_TOO_LARGE: requestError('PAYLOAD_TOO_LARGE', 'The request body is too large.', 413),
  RATE_LIMITED: requestError('RATE_LIMITED', 'Too many requests; retry later.', 429),
  // One code per query bound, so a client knows which limit it hit (gateway/limits/).
  QUERY_TOO_DEEP: requestError('QUERY_TOO_DEEP', 'The operation is nested too deeply.', 400),
  TOO_MANY_ALIASES: requestError('TOO_MANY_ALIASES', 'The operation uses too many aliases.', 400),
  TOO_MANY_DIRECTIVES: requestError(
    'TOO_MANY_DIRECTIVES',
    'The operation uses too many directives.',
    400,
  ),
  TOO_MANY_TOKENS: requestError('TOO_MANY_TOKENS', 'The operation text is too long.', 400),
  TOO_MANY_ROOT_FIELDS: requestError(
    'TOO_MANY_ROOT_FIELDS',
    'The operation asks for too many top-level fields.',
    400,
  ),
  QUERY_TOO_COSTLY: requestError(
    'QUERY_TOO_COSTLY',
    'The operation would cost too much to answer.',
    400,
  ),
  REGISTRY_UNAVAILABLE: resultError(
    'REGISTRY_UNAVAILABLE',
    'A registry did not answer in time.',
    503,
  ),
  AUDIT_UNAVAILABLE: requestError(
    'AUDIT_UNAVAILABLE',
    'The access could not be recorded, so no data was disclosed.',
    503,
  ),
  INTERNAL: requestError('INTERNAL', 'Something went wrong on our side.', 500),
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

/** True when the code is one this registry defines (and so is safe to show a client). */
export function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}
