import type { JsonWebKey, KeyObject } from 'node:crypto';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import type { Env } from '@dost/platform/env.ts';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';

/** The gateway's public key that every subgraph verifies identities with. */
export async function loadGatewayPublicKey(env: Env): Promise<KeyObject> {
  if (env.nodeEnv === 'production' && env.internalPublicKey === undefined) {
    throw new Error('In production set DOST_INTERNAL_PUBLIC_KEY; dev keys are refused.');
  }
  const jwk: JsonWebKey =
    env.internalPublicKey === undefined
      ? (await loadOrCreateDevKeys(env.dataDir)).internalPublic
      : (JSON.parse(env.internalPublicKey) as JsonWebKey);
  return importInternalKey(jwk, 'public');
}
