/**
 * A subgraph answer that is no GraphQL response: a non-2xx status, or a body that is not a
 * JSON object. Its message names only what was wrong, never the body, which may hold
 * internals; it goes to the log, and the caller sees REGISTRY_UNAVAILABLE.
 */
export class BadResponse extends Error {
  override readonly name = 'BadResponse';
}
