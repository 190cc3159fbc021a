import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGatewayKeys } from '../../gateway/loadGatewayKeys.ts';
import { readEnv } from '@dost/platform/env.ts';
import {
  deriveInternalCallKey,
  formatInternalCallKey,
  type InternalCallKey,
} from '@dost/platform/internalCallKey.ts';
import { signInternalToken, verifyInternalToken } from '@dost/platform/internalToken.ts';
import { loadInternalCallKey } from '@dost/subgraph-kit';
import { operator } from '../helpers/callSubgraph.ts';
import { createTestKeys } from '../helpers/testKeys.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dost-keys-'));
const jwksFile = join(dataDir, 'jwks.json');
const keys = createTestKeys();
writeFileSync(jwksFile, JSON.stringify({ keys: [keys.publicKey.export({ format: 'jwk' })] }));
const privateJwk = JSON.stringify(keys.privateKey.export({ format: 'jwk' }));
const secret = formatInternalCallKey(keys.internalSecret);
const peopleKey = formatInternalCallKey(keys.callKey('people'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** MACs as the gateway does for `audience` (from its secret) and verifies with `subgraphKey`. */
function roundTrip(
  gatewaySecret: InternalCallKey,
  subgraphKey: InternalCallKey,
  audience = 'people',
) {
  const identity = operator();
  const body = '{"query":"{ me { fin } }"}';
  const key = deriveInternalCallKey(gatewaySecret, audience);
  const token = signInternalToken(identity, { key, audience, body });
  return verifyInternalToken(token, { key: subgraphKey, audience, body }).identity;
}

describe('loading the internal-call keys', () => {
  it('makes and reuses a dev secret outside production, each subgraph deriving its own key', async () => {
    const env = readEnv({ DOST_DATA_DIR: dataDir });
    const gateway = await loadGatewayKeys(env);
    const people = loadInternalCallKey(env, 'people');
    expect(gateway.internal.type).toBe('private');
    expect(roundTrip(gateway.internalSecret, people).actor).toBe('op-17');
    const again = await loadGatewayKeys(env);
    expect(roundTrip(again.internalSecret, people).actor).toBe('op-17');
    expect(() => roundTrip(gateway.internalSecret, loadInternalCallKey(env, 'pensions'))).toThrow();
    // Kept apart from dev-keys.json, owner-only.
    expect(readFileSync(join(dataDir, 'keys', 'dev-internal-secret'), 'utf8').trim()).toBe(
      formatInternalCallKey(gateway.internalSecret),
    );
  });

  it('refuses the dev secret in production, naming the settings', async () => {
    const env = readEnv({
      NODE_ENV: 'production',
      DOST_DATA_DIR: dataDir,
      DOST_JWKS: jwksFile,
      DOST_INTERNAL_PRIVATE_KEY: privateJwk,
    });
    await expect(loadGatewayKeys(env)).rejects.toThrow(/DOST_INTERNAL_SECRET/);
    expect(() => loadInternalCallKey(env, 'people')).toThrow(/DOST_INTERNAL_CALL_KEY/);
  });

  it('loads the configured secret and call key in production', async () => {
    const env = readEnv({
      NODE_ENV: 'production',
      DOST_DATA_DIR: dataDir,
      DOST_JWKS: jwksFile,
      DOST_INTERNAL_PRIVATE_KEY: privateJwk,
      DOST_INTERNAL_SECRET: secret,
      DOST_INTERNAL_CALL_KEY: peopleKey,
    });
    const gateway = await loadGatewayKeys(env);
    const people = loadInternalCallKey(env, 'people');
    expect(roundTrip(gateway.internalSecret, people).actor).toBe('op-17');
    expect(roundTrip(keys.internalSecret, people).actor).toBe('op-17');
    // The key people holds is people's alone: a call the gateway makes to pensions fails there.
    expect(() => roundTrip(gateway.internalSecret, people, 'pensions')).toThrow();
  });

  it('refuses a configured secret or call key that is not 32 base64url bytes', async () => {
    const env = readEnv({
      DOST_DATA_DIR: dataDir,
      DOST_INTERNAL_SECRET: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }),
      DOST_INTERNAL_CALL_KEY: 'c2VjcmV0',
    });
    await expect(loadGatewayKeys(env)).rejects.toThrow(/DOST_INTERNAL_SECRET/);
    expect(() => loadInternalCallKey(env, 'people')).toThrow(/DOST_INTERNAL_CALL_KEY/);
  });

  it('refuses a configured checkpoint key that is not EC P-256', async () => {
    const env = readEnv({
      DOST_DATA_DIR: dataDir,
      DOST_INTERNAL_PRIVATE_KEY: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }),
    });
    await expect(loadGatewayKeys(env)).rejects.toThrow(/P-256/);
  });
});
