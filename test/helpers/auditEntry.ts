import type { AuditEntry } from '@dost/audit-store/AuditEntry.ts';

/**
 * The n-th of a run of operator disclosures, one millisecond apart, as the audit store tests
 * append them: a distinct time and request id each, by `sub`, about none, one or two
 * citizens (so the subject index meets every shape).
 */
export function auditEntry(n: number, sub = `op-${n % 7}`): AuditEntry {
  return {
    at: new Date(Date.UTC(2026, 0, 31, 9, 0, 0, n)).toISOString(),
    requestId: `req-${n}`,
    correlationId: null,
    actor: { sub, role: 'operator', centre: 'baku-1', agency: null },
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    subjects: ['5ZK7P2Q', '3HRT9WX'].slice(0, n % 3),
    registries: ['people'],
    fields: ['Citizen.fullName'],
    refused: [],
    outcome: 'DISCLOSED',
    operationHash: 'cd'.repeat(32),
  };
}
