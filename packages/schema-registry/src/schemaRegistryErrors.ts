/** A failure of the schema registry, publishing or reloading: a stable code and the details. */
export interface SchemaRegistryError {
  readonly code: SchemaRegistryErrorCode;
  readonly message: string;
  /** One line each: composition errors, failed checks, the loader's complaint. */
  readonly details: readonly string[];
}

interface Definition {
  readonly code: string;
  readonly description: string;
  err(details?: readonly string[], message?: string): SchemaRegistryError;
}

function define<C extends string>(code: C, description: string): Definition & { code: C } {
  return {
    code,
    description,
    err: (details = [], message = description) => ({
      code: code as SchemaRegistryErrorCode,
      message,
      details,
    }),
  };
}

/**
 * Every code the schema registry, its HTTP service, `schema:publish` and the gateway's reload
 * report, in one place: expected failures are returned as `{ ok: false, error }`, never
 * thrown, and logged, printed or answered with their code so an operator can search for them.
 */
export const SCHEMA_REGISTRY_ERRORS = {
  BAD_ARGUMENTS: define('BAD_ARGUMENTS', 'The command line is incomplete or malformed.'),
  COMPOSITION_FAILED: define(
    'COMPOSITION_FAILED',
    'The subgraph does not compose with the published ones; nothing was recorded.',
  ),
  CHECK_FAILED: define(
    'CHECK_FAILED',
    'The publish checks failed; nothing was recorded (--force records it anyway, as forced).',
  ),
  UNAUTHENTICATED: define(
    'UNAUTHENTICATED',
    'The registry needs a publisher token it signed, unexpired: Authorization: Bearer <token>.',
  ),
  FORBIDDEN: define(
    'FORBIDDEN',
    'The publisher token does not allow this: another subgraph, or a check-only token.',
  ),
  BAD_REQUEST: define('BAD_REQUEST', 'The request is not one the registry API takes.'),
  INTERNAL: define('INTERNAL', 'The registry failed; nothing was recorded. Try again.'),
  VERSION_TAKEN: define(
    'VERSION_TAKEN',
    'Another publish claimed the next supergraph version first; compose again and retry.',
  ),
  SUPERGRAPH_REJECTED: define(
    'SUPERGRAPH_REJECTED',
    'A supergraph from the registry could not be served; the one before it is kept.',
  ),
  REGISTRY_UNREADABLE: define(
    'REGISTRY_UNREADABLE',
    'The schema registry could not be read; the supergraph being served is kept.',
  ),
} as const;

export type SchemaRegistryErrorCode = keyof typeof SCHEMA_REGISTRY_ERRORS;

/** An outcome that is either a value or a coded error. */
export type RegistryResult<T> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly error: SchemaRegistryError };
