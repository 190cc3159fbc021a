/** The codes the gateway answers with (its error registry), and the client's own last. */
export const DOST_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PURPOSE_REQUIRED',
  'CASE_NOT_VALID',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_ROOT_FIELDS',
  'QUERY_TOO_COSTLY',
  'REGISTRY_UNAVAILABLE',
  'AUDIT_UNAVAILABLE',
  'INTERNAL',
  // The client's own: the gateway could not be reached, or answered with no GraphQL body.
  'NETWORK_ERROR',
] as const;

export type DostErrorCode = (typeof DOST_ERROR_CODES)[number];

/** One coded error, as a value: switch on `code`. */
export interface DostError {
  readonly code: DostErrorCode;
  readonly message: string;
  /** REGISTRY_UNAVAILABLE: the registry that did not answer (e.g. `pensions`). */
  readonly registry?: string;
  /** PURPOSE_REQUIRED: the legal bases this role may cite. */
  readonly legalBases?: readonly string[];
  /** CASE_NOT_VALID: why the cited case does not serve the read (UNKNOWN, CLOSED, …). */
  readonly reason?: string;
  /** Where in the result the error applies; absent for a refused request. */
  readonly path?: readonly (string | number)[];
  /** The gateway's request id: quote it to support. */
  readonly requestId?: string;
}
