import { isFin } from '@dost/platform/fin.ts';
import { isIsoInstant } from '@dost/platform/isoTime.ts';
import { AUDIT_OUTCOMES, type AuditEntry } from './AuditEntry.ts';

/** Longest value, in UTF-16 units, each text column takes (VARCHAR sizes in the migration). */
export const AUDIT_LIMITS = {
  requestId: 128,
  sub: 255,
  role: 32,
  centre: 128,
  agency: 128,
  purpose: 512,
  registry: 64,
  field: 255,
  /** Items per array (subjects, registries, fields). */
  items: 10_000,
} as const;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Why an entry cannot be stored byte-exactly (and so hashed reproducibly) on both dialects,
 * or null when it can. Checked before queuing, so a bad entry never fails its batch-mates.
 */
export function auditEntryProblem(entry: AuditEntry): string | null {
  const { actor } = entry;
  return (
    instantProblem(entry.at) ??
    textProblem('requestId', entry.requestId, AUDIT_LIMITS.requestId) ??
    optionalTextProblem('correlationId', entry.correlationId, AUDIT_LIMITS.requestId) ??
    textProblem('actor.sub', actor.sub, AUDIT_LIMITS.sub) ??
    textProblem('actor.role', actor.role, AUDIT_LIMITS.role) ??
    optionalTextProblem('actor.centre', actor.centre, AUDIT_LIMITS.centre) ??
    optionalTextProblem('actor.agency', actor.agency, AUDIT_LIMITS.agency) ??
    optionalTextProblem('purpose', entry.purpose, AUDIT_LIMITS.purpose) ??
    listProblem('subjects', entry.subjects, (fin) => (isFin(fin) ? null : 'is not a FIN')) ??
    listProblem('registries', entry.registries, (r) =>
      textProblem('a registry', r, AUDIT_LIMITS.registry),
    ) ??
    listProblem('fields', entry.fields, (f) => textProblem('a field', f, AUDIT_LIMITS.field)) ??
    listProblem('refused', entry.refused, (f) => textProblem('a field', f, AUDIT_LIMITS.field)) ??
    (AUDIT_OUTCOMES.includes(entry.outcome)
      ? null
      : `outcome is not ${AUDIT_OUTCOMES.join('/')}`) ??
    (SHA256_HEX.test(entry.operationHash) ? null : 'operationHash is not lowercase sha256 hex')
  );
}

function instantProblem(at: unknown): string | null {
  return isIsoInstant(at) ? null : 'at is not an ISO-8601 UTC instant with milliseconds';
}

function textProblem(name: string, value: unknown, max: number): string | null {
  if (typeof value !== 'string' || value === '') return `${name} must be a non-empty string`;
  if (value.length > max) return `${name} is longer than ${max}`;
  // A lone surrogate would be stored as U+FFFD and the hash would no longer match.
  if (Buffer.from(value, 'utf8').toString('utf8') !== value) return `${name} is not valid UTF-16`;
  return null;
}

function optionalTextProblem(name: string, value: unknown, max: number): string | null {
  return value === null ? null : textProblem(name, value, max);
}

function listProblem(
  name: string,
  values: unknown,
  itemProblem: (value: string) => string | null,
): string | null {
  if (!Array.isArray(values)) return `${name} must be an array`;
  if (values.length > AUDIT_LIMITS.items) return `${name} has more than ${AUDIT_LIMITS.items}`;
  for (const value of values) {
    const problem = typeof value === 'string' ? itemProblem(value) : 'is not a string';
    if (problem !== null) return `${name}: ${problem}`;
  }
  return null;
}
