import {
  createHash,
  createHmac,
  createSecretKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify as verifySignature,
} from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';
import {
  deriveInternalCallKey,
  formatInternalCallKey,
  generateInternalSecret,
  parseInternalCallKey,
  type InternalCallKey,
} from '@dost/platform/internalCallKey.ts';
import {
  bodyHash,
  INTERNAL_ISSUER,
  signInternalToken,
  verifyInternalToken,
} from '@dost/platform/internalToken.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { operator } from '../helpers/callSubgraph.ts';
import { createTestKeys } from '../helpers/testKeys.ts';

const keys = createTestKeys();
const AUDIENCE = 'people';
/** The people subgraph's call key: what the gateway MACs with and people verifies with. */
const KEY = keys.callKey(AUDIENCE);
const identity: Identity = {
  ...operator(),
  scopes: ['pension:status'],
  agency: 'pensions',
  requestId: 'req-0001',
};

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
/** The body every token below is signed for, unless a test says otherwise. */
const BODY = '{"query":"{ _service { sdl } }"}';
const verify = (token: string, audience = AUDIENCE, body = BODY) =>
  verifyInternalToken(token, { key: KEY, audience, body }).identity;

/** The claims the gateway signs, for tokens built by hand below. */
function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    role: 'operator',
    fin: null,
    centre: 'baku-1',
    agency: null,
    scopes: [],
    purpose: null,
    rid: 'req-0002',
    jti: 'c0ffee00-0000-4000-8000-000000000001',
    bh: bodyHash(BODY),
    iss: INTERNAL_ISSUER,
    aud: AUDIENCE,
    sub: 'op-17',
    iat: now(),
    exp: now() + 30,
    ...overrides,
  };
}

/** A token over any header and payload, MAC'd with `key` by HMAC-`hash`. */
function forge(
  header: object,
  payload: object,
  { key = KEY, hash = 'sha256' }: { key?: InternalCallKey | string; hash?: string } = {},
): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac(hash, key).update(input).digest('base64url')}`;
}

/** An ES256 token over any header and payload, signed with the gateway's (checkpoint) pair. */
function forgeEs256(payload: object): string {
  const input = `${b64({ alg: 'ES256' })}.${b64(payload)}`;
  const key = keys.privateKey;
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

function without(name: string): Record<string, unknown> {
  const { [name]: _dropped, ...rest } = claims();
  return rest;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('internal tokens', () => {
  it('carry the identity to the subgraph it is signed for, synchronously', () => {
    const token = signInternalToken(identity, {
      key: KEY,
      audience: AUDIENCE,
      body: BODY,
    });
    expect(typeof token).toBe('string');
    expect(verify(token)).toEqual(identity);
  });

  it('carry exactly the pinned header, the identity claims and the call binding, for 15 s', () => {
    const token = signInternalToken(identity, {
      key: KEY,
      audience: AUDIENCE,
      body: BODY,
    });
    const [header = '', payload = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({
      alg: 'HS256',
    });
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(body).sort()).toEqual(
      [
        'agency',
        'aud',
        'bh',
        'centre',
        'exp',
        'fin',
        'iat',
        'iss',
        'jti',
        'purpose',
        'rid',
        'role',
        'scopes',
        'sub',
      ].sort(),
    );
    expect(body).toMatchObject({ iss: INTERNAL_ISSUER, aud: AUDIENCE, sub: identity.actor });
    expect(body['rid']).toBe(identity.requestId);
    expect(Number(body['exp']) - Number(body['iat'])).toBe(15);
    expect(body['bh']).toBe(createHash('sha256').update(BODY).digest('base64url'));
    expect(body['jti']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('are read the same by jose, both ways, so gateway and subgraphs can be upgraded apart', async () => {
    const token = signInternalToken(identity, {
      key: KEY,
      audience: AUDIENCE,
      body: BODY,
    });
    const { payload } = await jwtVerify(token, KEY, {
      algorithms: ['HS256'],
      issuer: INTERNAL_ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    expect(payload.sub).toBe(identity.actor);
    const byJose = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256' }).sign(KEY);
    expect(verify(byJose).actor).toBe('op-17');
  });

  it("are refused by another subgraph: its key differs, and so does the token's audience", () => {
    const pensions = keys.callKey('pensions');
    const forPensions = signInternalToken(identity, {
      key: pensions,
      audience: 'pensions',
      body: BODY,
    });
    expect(
      verifyInternalToken(forPensions, { key: pensions, audience: 'pensions', body: BODY })
        .identity,
    ).toEqual(identity);
    // Presented to people, with people's key: the MAC fails, whatever audience people checks.
    expect(() => verify(forPensions)).toThrow();
    expect(() => verify(forPensions, 'pensions')).toThrow();
    // MAC'd with people's key but naming pensions: the audience binding still holds on its own.
    const misnamed = signInternalToken(identity, { key: KEY, audience: 'pensions', body: BODY });
    expect(() => verify(misnamed)).toThrow();
  });

  it("are refused when a subgraph that holds its own key mints a call for another's audience", () => {
    // An agency knows only its key: with it, it can sign `aud: people` tokens, but people
    // checks them with people's key, which the agency cannot derive.
    const training = keys.callKey('training');
    const minted = signInternalToken(
      { ...identity, role: 'auditor' },
      { key: training, audience: AUDIENCE, body: BODY },
    );
    expect(() => verify(minted)).toThrow();
  });

  it('are refused with any body but the one they were signed for', () => {
    const token = signInternalToken(identity, {
      key: KEY,
      audience: AUDIENCE,
      body: BODY,
    });
    expect(verify(token).actor).toBe(identity.actor);
    expect(() => verify(token, AUDIENCE, BODY.replace('sdl', 'sdl '))).toThrow(/another body/);
    expect(() => verify(token, AUDIENCE, '')).toThrow(/another body/);
  });

  it('carry a fresh id on every signature, even for one identity and body', () => {
    const ids = new Set(
      Array.from({ length: 50 }, () => {
        const token = signInternalToken(identity, {
          key: KEY,
          audience: AUDIENCE,
          body: BODY,
        });
        return verifyInternalToken(token, { key: KEY, audience: AUDIENCE, body: BODY }).jti;
      }),
    );
    expect(ids.size).toBe(50);
  });

  it("are refused when MAC'd by another gateway's key for the same subgraph", () => {
    const other = createTestKeys();
    const token = signInternalToken(identity, {
      key: other.callKey(AUDIENCE),
      audience: AUDIENCE,
      body: BODY,
    });
    expect(() => verify(token)).toThrow();
  });

  it('are refused when one byte of the claims or the signature changes', () => {
    const token = signInternalToken(identity, {
      key: KEY,
      audience: AUDIENCE,
      body: BODY,
    });
    const [header = '', payload = '', signature = ''] = token.split('.');
    const promoted = b64({ ...claims(), role: 'auditor' });
    expect(() => verify(`${header}.${promoted}.${signature}`)).toThrow();
    const middle = Math.floor(signature.length / 2);
    const flipped = signature[middle] === 'A' ? 'B' : 'A';
    const badSignature = `${signature.slice(0, middle)}${flipped}${signature.slice(middle + 1)}`;
    expect(() => verify(`${header}.${payload}.${badSignature}`)).toThrow();
  });

  it.each([
    ['alg none, unsigned', () => `${b64({ alg: 'none' })}.${b64(claims())}.`],
    ['alg none, with the MAC kept', () => forge({ alg: 'none' }, claims())],
    [
      'HS512 with the right key (algorithm pinned)',
      () => forge({ alg: 'HS512' }, claims(), { hash: 'sha512' }),
    ],
    ['HS384 with the right key', () => forge({ alg: 'HS384' }, claims(), { hash: 'sha384' })],
    ["ES256, signed with the gateway's own key pair", () => forgeEs256(claims())],
    [
      "HS256 keyed with the gateway's public key (algorithm confusion)",
      () =>
        forge({ alg: 'HS256' }, claims(), {
          key: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        }),
    ],
    [
      "HS256 keyed with the gateway's secret itself",
      () => forge({ alg: 'HS256' }, claims(), { key: keys.internalSecret }),
    ],
    ['another issuer', () => forge({ alg: 'HS256' }, claims({ iss: 'someone-else' }))],
    ['no issuer', () => forge({ alg: 'HS256' }, without('iss'))],
    ['no audience', () => forge({ alg: 'HS256' }, without('aud'))],
    ['no subject', () => forge({ alg: 'HS256' }, without('sub'))],
    ['no expiry', () => forge({ alg: 'HS256' }, without('exp'))],
    ['no issue time', () => forge({ alg: 'HS256' }, without('iat'))],
    ['no id', () => forge({ alg: 'HS256' }, without('jti'))],
    ['an empty id', () => forge({ alg: 'HS256' }, claims({ jti: '' }))],
    ['no body hash', () => forge({ alg: 'HS256' }, without('bh'))],
    ['the hash of another body', () => forge({ alg: 'HS256' }, claims({ bh: bodyHash('{}') }))],
    ['an issue time that is not a number', () => forge({ alg: 'HS256' }, claims({ iat: 'now' }))],
    ['a subject that is not a string', () => forge({ alg: 'HS256' }, claims({ sub: 17 }))],
    ['an unknown role', () => forge({ alg: 'HS256' }, claims({ role: 'root' }))],
    ['expired beyond the tolerance', () => forge({ alg: 'HS256' }, claims({ exp: now() - 6 }))],
    ['not yet valid', () => forge({ alg: 'HS256' }, claims({ nbf: now() + 60 }))],
    ['not a JWT', () => 'not.a.token'],
  ])('are refused: %s', (_name, make) => {
    expect(() => verify(make())).toThrow();
  });

  it('accept a token forged by hand with the right key and claims (the control for the above)', () => {
    expect(verify(forge({ alg: 'HS256', typ: 'JWT' }, claims())).actor).toBe('op-17');
  });

  it('live 15 s, with 5 s of clock skew tolerated', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 0, 15, 9, 0, 0);
    vi.setSystemTime(start);
    const token = signInternalToken(identity, {
      key: KEY,
      audience: AUDIENCE,
      body: BODY,
    });
    vi.setSystemTime(start + 19_000);
    expect(verify(token).actor).toBe(identity.actor);
    vi.setSystemTime(start + 21_000);
    expect(() => verify(token)).toThrow();
  });

  it('refuse keys that are not 32-byte secrets: an EC key, a short secret', () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const short = createSecretKey(randomBytes(16));
    for (const key of [pair.privateKey, pair.publicKey, short]) {
      expect(() => signInternalToken(identity, { key, audience: AUDIENCE, body: BODY })).toThrow(
        /32 bytes/,
      );
    }
    const token = signInternalToken(identity, { key: KEY, audience: AUDIENCE, body: BODY });
    expect(() =>
      verifyInternalToken(token, { key: pair.publicKey, audience: AUDIENCE, body: BODY }),
    ).toThrow(/32 bytes/);
  });
});

describe('internal call keys', () => {
  it('are derived per subgraph, the same from the same secret, unrelated across names', () => {
    const secret = generateInternalSecret();
    const again = parseInternalCallKey(formatInternalCallKey(secret), 'test');
    const people = formatInternalCallKey(deriveInternalCallKey(secret, 'people'));
    expect(formatInternalCallKey(deriveInternalCallKey(again, 'people'))).toBe(people);
    expect(formatInternalCallKey(deriveInternalCallKey(secret, 'pensions'))).not.toBe(people);
    expect(
      formatInternalCallKey(deriveInternalCallKey(generateInternalSecret(), 'people')),
    ).not.toBe(people);
    expect(people).not.toBe(formatInternalCallKey(secret));
  });

  it('are HKDF-SHA256 of the secret with the versioned info, as documented', () => {
    const secret = generateInternalSecret();
    const expected = Buffer.from(hkdf(secret.export(), 'dost-internal-call/v1:training')).toString(
      'base64url',
    );
    expect(formatInternalCallKey(deriveInternalCallKey(secret, 'training'))).toBe(expected);
  });

  it('refuse text that is not base64url of 32 bytes', () => {
    expect(() => parseInternalCallKey('c2VjcmV0', 'X')).toThrow(/32 bytes/);
    expect(() => parseInternalCallKey('not base64!', 'X')).toThrow(/base64url/);
    expect(() => parseInternalCallKey(JSON.stringify({ kty: 'oct' }), 'X')).toThrow(/base64url/);
  });
});

/** RFC 5869 HKDF-SHA256 with an empty salt, written out: the derivation's independent check. */
function hkdf(ikm: Buffer, info: string): Buffer {
  const prk = createHmac('sha256', Buffer.alloc(32)).update(ikm).digest();
  return createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from(info), Buffer.from([1])]))
    .digest();
}

describe('importInternalKey', () => {
  it('loads the checkpoint JWK pair as KeyObjects that sign and verify', () => {
    const privateKey = importInternalKey(keys.privateKey.export({ format: 'jwk' }), 'private');
    const publicKey = importInternalKey(keys.publicKey.export({ format: 'jwk' }), 'public');
    const signature = sign('sha256', Buffer.from(BODY), privateKey);
    expect(verifySignature('sha256', Buffer.from(BODY), publicKey, signature)).toBe(true);
  });

  it('refuses a secret, an RSA key, another curve, and a public key offered as private', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    expect(() => importInternalKey({ kty: 'oct', k: 'c2VjcmV0' }, 'private')).toThrow(/P-256/);
    expect(() => importInternalKey(rsa.privateKey.export({ format: 'jwk' }), 'private')).toThrow(
      /P-256/,
    );
    expect(() => importInternalKey(p384.publicKey.export({ format: 'jwk' }), 'public')).toThrow(
      /P-256/,
    );
    expect(() => importInternalKey(keys.publicKey.export({ format: 'jwk' }), 'private')).toThrow(
      /P-256/,
    );
  });
});
