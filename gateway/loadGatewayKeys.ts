import type { JsonWebKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet } from 'jose';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import type { Env } from '@dost/platform/env.ts';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';
import type { ClientKey } from './admission/createClientAuthenticator.ts';

export interface GatewayKeys {
  readonly client: ClientKey;
  readonly internal: KeyObject;
}

/** Client-token keys and the internal signing key; production refuses the dev keys. */
export async function loadGatewayKeys(env: Env): Promise<GatewayKeys> {
  const production = env.nodeEnv === 'production';
  if (production && (env.jwks === undefined || env.internalPrivateKey === undefined)) {
    throw new Error(
      'In production set DOST_JWKS and DOST_INTERNAL_PRIVATE_KEY; dev keys are refused.',
    );
  }
  const dev = production ? null : await loadOrCreateDevKeys(env.dataDir);
  const internalJwk =
    env.internalPrivateKey === undefined ? dev?.internalPrivate : parseJwk(env.internalPrivateKey);
  if (internalJwk === undefined) throw new Error('No internal signing key.');
  return {
    client: clientKey(env, dev?.clientSecret),
    internal: importInternalKey(internalJwk, 'private'),
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
