import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  importJWK,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type KeyObject,
} from 'jose';
import { loadOrCreateDevKeys } from '../platform/devKeys.ts';
import type { Env } from '../platform/env.ts';
import { INTERNAL_ALG } from '../platform/internalToken.ts';
import type { ClientKey } from './auth/createClientAuthenticator.ts';

export interface GatewayKeys {
  readonly client: ClientKey;
  readonly internal: CryptoKey | KeyObject;
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
  const internal = await importJWK(internalJwk, INTERNAL_ALG);
  // An oct JWK would import as raw bytes: the internal key must be an asymmetric pair.
  if (internal instanceof Uint8Array)
    throw new Error('The internal key must be an EC private JWK.');
  return { client: clientKey(env, dev?.clientSecret), internal };
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

function parseJwk(json: string): JWK {
  return JSON.parse(json) as JWK;
}
