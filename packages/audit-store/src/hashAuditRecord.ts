import { createHash } from 'node:crypto';
import type { AuditEntry, AuditFormat } from './AuditEntry.ts';

/** What the hash covers: every entry field, the record's layout, position and link. */
export type HashedAuditRecord = AuditEntry & {
  readonly format: AuditFormat;
  readonly seq: number;
  readonly prevHash: string;
};

/**
 * The canonical form of a record: JSON with the keys of every object sorted (UTF-16 code unit
 * order), no whitespace, arrays in the order given, `seq` as an integer and absent values as
 * `null`. For these value types it is exactly RFC 8785 (JCS), so any JCS library, or a
 * `jq -cS`, reproduces it.
 *
 * Format 2 (current):
 * {"actor":{"agency":…,"centre":…,"role":…,"sub":…},"at":…,"correlationId":…,"fields":[…],
 *  "format":2,"operationHash":…,"outcome":…,"prevHash":…,"purpose":…,"refused":[…],
 *  "registries":[…],"requestId":…,"seq":…,"subjects":[…]}
 *
 * Format 1 (records written before refused fields were kept) has neither `correlationId`,
 * `format` nor `refused`. `format` is inside the hash, so a record cannot be passed off as
 * the other layout.
 */
export function canonicalAuditRecord(record: HashedAuditRecord): string {
  const actor = {
    agency: record.actor.agency,
    centre: record.actor.centre,
    role: record.actor.role,
    sub: record.actor.sub,
  };
  // Key order written out by hand, sorted: JSON.stringify keeps insertion order.
  if (record.format === 1) {
    return JSON.stringify({
      actor,
      at: record.at,
      fields: [...record.fields],
      operationHash: record.operationHash,
      outcome: record.outcome,
      prevHash: record.prevHash,
      purpose: record.purpose,
      registries: [...record.registries],
      requestId: record.requestId,
      seq: record.seq,
      subjects: [...record.subjects],
    });
  }
  return JSON.stringify({
    actor,
    at: record.at,
    correlationId: record.correlationId,
    fields: [...record.fields],
    format: record.format,
    operationHash: record.operationHash,
    outcome: record.outcome,
    prevHash: record.prevHash,
    purpose: record.purpose,
    refused: [...record.refused],
    registries: [...record.registries],
    requestId: record.requestId,
    seq: record.seq,
    subjects: [...record.subjects],
  });
}

/** sha256 (lowercase hex) of the UTF-8 bytes of the canonical form. */
export function hashAuditRecord(record: HashedAuditRecord): string {
  return createHash('sha256').update(canonicalAuditRecord(record), 'utf8').digest('hex');
}
