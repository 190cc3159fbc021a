import type { GraphQLFormattedError } from 'graphql';
import type { AuditOutcome } from '@dost/audit-store/AuditEntry.ts';

/** Codes of a refusal: the caller may not have what was asked. */
const DENIAL_CODES: ReadonlySet<unknown> = new Set([
  'FORBIDDEN',
  'PURPOSE_REQUIRED',
  'CASE_NOT_VALID',
  'CONSENT_REQUIRED',
]);

/** What one request amounted to, for its audit record. */
export interface AuditVerdict {
  readonly outcome: AuditOutcome;
  /** Coordinates that reached the caller. */
  readonly fields: readonly string[];
  /** Coordinates asked for and refused. */
  readonly refused: readonly string[];
}

/**
 * Works out, from what the operation asked for and what the subgraphs reported, what left and
 * what was refused; null when the request touched no one's data and so needs no record
 * (introspection, a malformed query).
 *
 * Only coordinates the caller asked for count: the gateway also fetches fields for its own
 * joins (`Citizen.fin` to reach another registry), which never reach the caller, and a
 * record must never name a field that did not leave. A request refused before execution
 * (no purpose, a forbidden introspection) refused everything it asked for.
 *
 * A write (a mutation, one write per operation) always has a record: WRITTEN when its result
 * came back (its field is non-null, so `data` is there only if the write committed), DENIED
 * when refused, FAILED otherwise (bad input, an invalid transition, a registry down).
 */
export function auditOutcome({
  requested,
  disclosed,
  refused,
  subjects,
  hasData,
  errors = [],
  writes,
}: {
  requested: readonly string[];
  disclosed: readonly string[];
  refused: readonly string[];
  subjects: number;
  /** Whether the response carries `data`: without it, nothing executed. */
  hasData: boolean;
  errors?: readonly GraphQLFormattedError[] | undefined;
  /** For a mutation, the write it asked for (`Mutation.openCase`); undefined for a read. */
  writes?: readonly string[] | undefined;
}): AuditVerdict | null {
  const asked = new Set(requested);
  const left = disclosed.filter((field) => asked.has(field));
  const denied = errors.some((error) => DENIAL_CODES.has(error.extensions?.['code']));
  const withheld = hasData || !denied ? refused.filter((field) => asked.has(field)) : requested;
  if (writes !== undefined) {
    const outcome = hasData ? 'WRITTEN' : denied ? 'DENIED' : 'FAILED';
    // The write's own coordinate reached the caller with its result, citizen or not.
    const fields = hasData ? [...new Set([...writes, ...left])].sort() : [];
    return { outcome, fields, refused: withheld };
  }
  if (left.length > 0) {
    return {
      outcome: withheld.length > 0 ? 'PARTIAL' : 'DISCLOSED',
      fields: left,
      refused: withheld,
    };
  }
  if (withheld.length > 0 || denied) return { outcome: 'DENIED', fields: [], refused: withheld };
  if (subjects === 0) return null;
  // A subject but nothing delivered: a failure, or an answer that said nothing of them.
  return { outcome: errors.length > 0 ? 'FAILED' : 'DISCLOSED', fields: [], refused: [] };
}
