import type { KeyObject } from 'node:crypto';
import { CompactSign } from 'jose';
import { INTERNAL_ALG } from '@dost/platform/importInternalKey.ts';
import type { AuditCheckpoint } from './AuditCheckpoint.ts';

/**
 * `typ` of a checkpoint JWS. The gateway signs checkpoints with its internal-token key, so
 * the verifier insists on this type; internal tokens carry none of a checkpoint's fields
 * and a checkpoint none of a token's required claims, so neither passes for the other.
 */
export const CHECKPOINT_TYP = 'dost-audit-checkpoint+jws';

/** A compact ES256 JWS over the checkpoint's JSON: any JOSE library can check it. */
export function signAuditCheckpoint(checkpoint: AuditCheckpoint, key: KeyObject): Promise<string> {
  const payload = new TextEncoder().encode(JSON.stringify(checkpoint));
  return new CompactSign(payload)
    .setProtectedHeader({ alg: INTERNAL_ALG, typ: CHECKPOINT_TYP })
    .sign(key);
}
