import { createHash } from 'node:crypto';
import type { AuditEntry } from './AuditEntry.ts';

/** What the hash covers: every entry field, the record's position and its link. */
export type HashedAuditRecord = AuditEntry & { readonly seq: number; readonly prevHash: string };

/**
 * The canonical form of a record: JSON with the keys of every object sorted (UTF-16 code unit
 * order), no whitespace, arrays in the order given, `seq` as an integer and absent values as
 * `null`. For these value types it is exactly RFC 8785 (JCS), so any JCS library, or a
 * `jq -cS`, reproduces it:
 *
 * {"actor":{"agency":…,"centre":…,"role":…,"sub":…},"at":…,"fields":[…],"operationHash":…,
 *  "outcome":…,"prevHash":…,"purpose":…,"registries":[…],"requestId":…,"seq":…,"subjects":[…]}
 */
export function canonicalAuditRecord(record: HashedAuditRecord): string {
  // Key order written out by hand, sorted: JSON.stringify keeps insertion order.
  return JSON.stringify({
    actor: {
      agency: record.actor.agency,
      centre: record.actor.centre,
      role: record.actor.role,
      sub: record.actor.sub,
    },
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

/** sha256 (lowercase hex) of the UTF-8 bytes of the canonical form. */
export function hashAuditRecord(record: HashedAuditRecord): string {
  return createHash('sha256').update(canonicalAuditRecord(record), 'utf8').digest('hex');
}
