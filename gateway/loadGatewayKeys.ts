import type { JsonWebKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet } from 'jose';
import { loadOrCreateDevInternalSecret } from '@dost/platform/devInternalSecret.ts';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import type { Env } from '@dost/platform/env.ts';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';
import { parseInternalCallKey, type InternalCallKey } from '@dost/platform/internalCallKey.ts';
import type { ClientKey } from './admission/createClientAuthenticator.ts';

export interface GatewayKeys {
  readonly client: ClientKey;
  /** The ES256 private key audit checkpoints are signed with. */
  readonly internal: KeyObject;
  /** The secret every subgraph's call key is derived from: internal calls carry its MAC. */
  readonly internalSecret: InternalCallKey;
}

/** Client-token keys, the checkpoint key and the internal-call secret; production refuses dev keys. */
export async function loadGatewayKeys(env: Env): Promise<GatewayKeys> {
  const production = env.nodeEnv === 'production';
  const missing = [
    env.jwks === undefined ? 'DOST_JWKS' : null,
    env.internalPrivateKey === undefined ? 'DOST_INTERNAL_PRIVATE_KEY' : null,
    env.internalSecret === undefined ? 'DOST_INTERNAL_SECRET' : null,
  ].filter((name) => name !== null);
  if (production && missing.length > 0) {
    throw new Error(`In production set ${missing.join(', ')}; dev keys are refused.`);
  }
  const dev = production ? null : await loadOrCreateDevKeys(env.dataDir);
  const internalJwk =
    env.internalPrivateKey === undefined ? dev?.internalPrivate : parseJwk(env.internalPrivateKey);
  if (internalJwk === undefined) throw new Error('No internal signing key.');
  return {
    client: clientKey(env, dev?.clientSecret),
    internal: importInternalKey(internalJwk, 'private'),
    internalSecret:
      env.internalSecret === undefined
        ? loadOrCreateDevInternalSecret(env.dataDir)
        : parseInternalCallKey(env.internalSecret, 'DOST_INTERNAL_SECRET'),
  };
}

function clientKey(env: Env, devSecret: string | undefined): ClientKey {
  if (env.jwks !== undefined) {
    return URL.canParse(env.jwks) && /^https?:/.test(env.jwks)
      ? { kind: 'jwks', keys: createRemoteJWKSet(new URL(env.jwks)) }
      : {
          kind: 'jwks',
          keys: createLocalJWKSet(JSON.parse(readFileSync(env.jwks, 'utf8')) as JSONWebKeySet),
        };
  }
  const secret = env.jwtSecret ?? devSecret;
  if (secret === undefined) throw new Error('No client token key: set DOST_JWKS.');
  return { kind: 'secret', secret: new TextEncoder().encode(secret) };
}

function parseJwk(json: string): JsonWebKey {
  return JSON.parse(json) as JsonWebKey;
}
