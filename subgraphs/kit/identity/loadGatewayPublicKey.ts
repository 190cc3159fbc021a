import { importJWK, type CryptoKey, type JWK, type KeyObject } from 'jose';
import { loadOrCreateDevKeys } from '../../../platform/devKeys.ts';
import type { Env } from '../../../platform/env.ts';
import { INTERNAL_ALG } from '../../../platform/internalToken.ts';

/** The gateway's public key that every subgraph verifies identities with. */
export async function loadGatewayPublicKey(env: Env): Promise<CryptoKey | KeyObject> {
  if (env.nodeEnv === 'production' && env.internalPublicKey === undefined) {
    throw new Error('In production set DOST_INTERNAL_PUBLIC_KEY; dev keys are refused.');
  }
  const jwk: JWK =
    env.internalPublicKey === undefined
      ? (await loadOrCreateDevKeys(env.dataDir)).internalPublic
      : (JSON.parse(env.internalPublicKey) as JWK);
  const key = await importJWK(jwk, INTERNAL_ALG);
  if (key instanceof Uint8Array) throw new Error('The gateway key must be an EC public JWK.');
  return key;
}
