import type { IncomingMessage } from 'node:http';
import { generateKeyPair, SignJWT, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createClientAuthenticator,
  type ClientAuthOptions,
} from '../../gateway/admission/createClientAuthenticator.ts';

const ISSUER = 'https://login.example';
const AUDIENCE = 'dost-one-window';
const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const PURPOSE = 'SERVICE_APPLICATION:APP-2026-000123';

function request(token: string, headers: Record<string, string> = {}): IncomingMessage {
  return { headers: { authorization: `Bearer ${token}`, ...headers } } as IncomingMessage;
}

/** A JWKS whose keys a test can remove, counting every lookup (one per full verification). */
function mutableJwks(key: CryptoKey) {
  const keys = new Map<string, CryptoKey>([['k1', key]]);
  let lookups = 0;
  const getKey: JWTVerifyGetKey = (header) => {
    lookups += 1;
    const found = keys.get(header.kid ?? '');
    if (found === undefined) throw new Error('no such key');
    return found;
  };
  return { getKey, keys, lookups: () => lookups };
}

async function clientToken(
  key: CryptoKey,
  { role = 'operator', ttlSeconds = 3600 }: { role?: string; ttlSeconds?: number } = {},
): Promise<string> {
  return new SignJWT({ role, centre: 'baku-1' })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setSubject('op-17')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key);
}

function authenticator(getKey: JWTVerifyGetKey, options: Partial<ClientAuthOptions> = {}) {
  return createClientAuthenticator({
    issuer: ISSUER,
    audience: AUDIENCE,
    key: { kind: 'jwks', keys: getKey },
    ...options,
  });
}

async function codeOf(attempt: Promise<unknown>): Promise<unknown> {
  try {
    await attempt;
    return 'accepted';
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
}

let pair: Awaited<ReturnType<typeof generateKeyPair>>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  pair ??= await generateKeyPair('ES256');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('client token verification cache', () => {
  it('verifies a token once, then answers its repeats from memory', async () => {
    const jwks = mutableJwks(pair.publicKey);
    const authenticate = authenticator(jwks.getKey);
    const token = await clientToken(pair.privateKey);
    for (let i = 0; i < 3; i++) {
      expect((await authenticate(request(token), `rid-${i}`)).actor).toBe('op-17');
    }
    expect(jwks.lookups()).toBe(1);
  });

  it('still lets a cached token expire on time', async () => {
    const jwks = mutableJwks(pair.publicKey);
    const authenticate = authenticator(jwks.getKey, { clockTolerance: 0 });
    const token = await clientToken(pair.privateKey, { ttlSeconds: 10 });
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('accepted');
    vi.setSystemTime(START + 9_000);
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('accepted');
    vi.setSystemTime(START + 11_000);
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token tampered by one byte while the original is cached', async () => {
    const jwks = mutableJwks(pair.publicKey);
    const authenticate = authenticator(jwks.getKey);
    const token = await clientToken(pair.privateKey);
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('accepted');
    const [header = '', payload = '', signature = ''] = token.split('.');
    const middle = Math.floor(signature.length / 2);
    const flipped = signature[middle] === 'A' ? 'B' : 'A';
    const tampered = `${header}.${payload}.${signature.slice(0, middle)}${flipped}${signature.slice(middle + 1)}`;
    expect(await codeOf(authenticate(request(tampered), 'rid'))).toBe('UNAUTHENTICATED');
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString()) as object;
    const promoted = Buffer.from(JSON.stringify({ ...body, role: 'auditor' })).toString(
      'base64url',
    );
    expect(await codeOf(authenticate(request(`${header}.${promoted}.${signature}`), 'rid'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('accepted');
  });

  it('stops honouring a key removed from the JWKS within 60 s', async () => {
    const jwks = mutableJwks(pair.publicKey);
    const authenticate = authenticator(jwks.getKey);
    const token = await clientToken(pair.privateKey);
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('accepted');
    jwks.keys.clear();
    vi.setSystemTime(START + 61_000);
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('UNAUTHENTICATED');
  });

  it('never remembers a failure', async () => {
    const jwks = mutableJwks(pair.publicKey);
    jwks.keys.clear();
    const authenticate = authenticator(jwks.getKey);
    const token = await clientToken(pair.privateKey);
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('UNAUTHENTICATED');
    jwks.keys.set('k1', pair.publicKey);
    expect(await codeOf(authenticate(request(token), 'rid'))).toBe('accepted');
  });

  it('still checks role, purpose and request id on every request', async () => {
    const jwks = mutableJwks(pair.publicKey);
    const authenticate = authenticator(jwks.getKey);
    const token = await clientToken(pair.privateKey);
    const first = await authenticate(request(token, { 'x-dost-purpose': PURPOSE }), 'rid-1');
    const second = await authenticate(request(token), 'rid-2');
    expect([first.purpose, first.requestId]).toEqual([PURPOSE, 'rid-1']);
    expect([second.purpose, second.requestId]).toEqual([null, 'rid-2']);
    const unknownRole = await clientToken(pair.privateKey, { role: 'root' });
    for (let i = 0; i < 2; i++) {
      expect(await codeOf(authenticate(request(unknownRole), 'rid'))).toBe('FORBIDDEN');
    }
    expect(jwks.lookups()).toBe(2);
  });

  it('keeps at most `max` tokens, dropping the least recently used', async () => {
    const jwks = mutableJwks(pair.publicKey);
    const authenticate = authenticator(jwks.getKey, { verifiedCache: { max: 2 } });
    const tokens = [
      await clientToken(pair.privateKey, { ttlSeconds: 3600 }),
      await clientToken(pair.privateKey, { ttlSeconds: 3601 }),
      await clientToken(pair.privateKey, { ttlSeconds: 3602 }),
    ];
    for (const token of [...tokens, tokens[0] ?? '']) await authenticate(request(token), 'rid');
    expect(jwks.lookups()).toBe(4);
  });
});
