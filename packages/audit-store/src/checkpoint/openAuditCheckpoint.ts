import type { KeyObject } from 'node:crypto';
import { compactVerify } from 'jose';
import { INTERNAL_ALG } from '@dost/platform/importInternalKey.ts';
import { parseAuditCheckpoint, type ParsedCheckpoint } from './AuditCheckpoint.ts';
import { CHECKPOINT_TYP } from './signAuditCheckpoint.ts';

/** Verifies a checkpoint JWS with the gateway's public key and returns what it says. */
export async function openAuditCheckpoint(jws: string, key: KeyObject): Promise<ParsedCheckpoint> {
  let payload: Uint8Array;
  try {
    // Pinned: `none`, HS256 or any algorithm but the gateway's is refused.
    const verified = await compactVerify(jws, key, { algorithms: [INTERNAL_ALG] });
    if (verified.protectedHeader.typ !== CHECKPOINT_TYP) return { problem: 'not a checkpoint' };
    payload = verified.payload;
  } catch {
    return { problem: 'its signature is not the gateway’s' };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    return { problem: 'its payload is not JSON' };
  }
  return parseAuditCheckpoint(value);
}
