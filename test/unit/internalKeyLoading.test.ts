import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGatewayKeys } from '../../gateway/loadGatewayKeys.ts';
import { readEnv } from '@dost/platform/env.ts';
import { signInternalToken, verifyInternalToken } from '@dost/platform/internalToken.ts';
import { loadGatewayPublicKey } from '@dost/subgraph-kit';
import { operator } from '../helpers/callSubgraph.ts';
import { createTestKeys } from '../helpers/testKeys.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dost-keys-'));
const jwksFile = join(dataDir, 'jwks.json');
const pair = createTestKeys();
writeFileSync(jwksFile, JSON.stringify({ keys: [pair.publicKey.export({ format: 'jwk' })] }));
const privateJwk = JSON.stringify(pair.privateKey.export({ format: 'jwk' }));
const publicJwk = JSON.stringify(pair.publicKey.export({ format: 'jwk' }));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Signs with the gateway's loaded key and verifies with the subgraph's. */
function roundTrip(
  gatewayKey: Parameters<typeof signInternalToken>[1]['key'],
  subgraphKey = gatewayKey,
) {
  const identity = operator();
  const body = '{"query":"{ me { fin } }"}';
  const token = signInternalToken(identity, { key: gatewayKey, audience: 'people', body });
  return verifyInternalToken(token, { key: subgraphKey, audience: 'people', body }).identity;
}

describe('loading the internal key pair', () => {
  it('makes and reuses a dev key pair outside production', async () => {
    const env = readEnv({ DOST_DATA_DIR: dataDir });
    const gateway = await loadGatewayKeys(env);
    const subgraph = await loadGatewayPublicKey(env);
    expect(gateway.internal.type).toBe('private');
    expect(subgraph.type).toBe('public');
    expect(roundTrip(gateway.internal, subgraph).actor).toBe('op-17');
    const again = await loadGatewayKeys(env);
    expect(roundTrip(again.internal, subgraph).actor).toBe('op-17');
  });

  it('refuses the dev keys in production', async () => {
    const env = readEnv({ NODE_ENV: 'production', DOST_DATA_DIR: dataDir, DOST_JWKS: jwksFile });
    await expect(loadGatewayKeys(env)).rejects.toThrow(/DOST_INTERNAL_PRIVATE_KEY/);
    await expect(loadGatewayPublicKey(env)).rejects.toThrow(/DOST_INTERNAL_PUBLIC_KEY/);
  });

  it('loads the configured JWK pair in production', async () => {
    const env = readEnv({
      NODE_ENV: 'production',
      DOST_DATA_DIR: dataDir,
      DOST_JWKS: jwksFile,
      DOST_INTERNAL_PRIVATE_KEY: privateJwk,
      DOST_INTERNAL_PUBLIC_KEY: publicJwk,
    });
    const gateway = await loadGatewayKeys(env);
    const subgraph = await loadGatewayPublicKey(env);
    expect(roundTrip(gateway.internal, subgraph).actor).toBe('op-17');
    expect(roundTrip(pair.privateKey, subgraph).actor).toBe('op-17');
  });

  it('refuses a configured key that is not EC P-256', async () => {
    const env = readEnv({
      DOST_DATA_DIR: dataDir,
      DOST_INTERNAL_PRIVATE_KEY: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }),
      DOST_INTERNAL_PUBLIC_KEY: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }),
    });
    await expect(loadGatewayKeys(env)).rejects.toThrow(/P-256/);
    await expect(loadGatewayPublicKey(env)).rejects.toThrow(/P-256/);
  });
});
