import { createHash, randomUUID } from 'node:crypto';
import type { AuditEntry } from '@dost/audit-store/AuditEntry.ts';

const operationHash = createHash('sha256').update('{ citizen { fullName } }').digest('hex');

/**
 * A one-window read as the gateway records it, with a fresh request id: what the audit benches
 * (the chain's ceiling, the append wait) write, so their figures stay comparable.
 */
export function oneWindowAuditEntry(): AuditEntry {
  return {
    at: new Date().toISOString(),
    requestId: randomUUID(),
    correlationId: null,
    actor: { sub: 'op-17', role: 'operator', centre: 'baku-1', agency: null },
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    subjects: ['5ZK7P2Q'],
    registries: ['people', 'pensions', 'disability'],
    fields: ['Citizen.fullName', 'LabourPension.status', 'DisabilityRecord.degree'],
    refused: [],
    outcome: 'DISCLOSED',
    operationHash,
  };
}
