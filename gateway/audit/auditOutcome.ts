import type { GraphQLFormattedError } from 'graphql';
import type { AuditOutcome } from '../../platform/audit/AuditEntry.ts';

const DENIAL_CODES = new Set(['FORBIDDEN', 'PURPOSE_REQUIRED']);

/**
 * What a request amounted to for the audit trail; null when it touched no personal data
 * (introspection, a malformed query) and so needs no record.
 */
export function auditOutcome({
  disclosed,
  attemptedSubjects,
  errors = [],
}: {
  disclosed: boolean;
  attemptedSubjects: number;
  errors?: readonly GraphQLFormattedError[];
}): AuditOutcome | null {
  if (disclosed) return 'DISCLOSED';
  const codes = errors.map((error) => error.extensions?.['code']);
  if (codes.some((code) => typeof code === 'string' && DENIAL_CODES.has(code))) return 'DENIED';
  if (errors.length > 0 && attemptedSubjects > 0) return 'FAILED';
  return null;
}
