import { createHash, createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';
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
  verifyInternalToken(token, { key: keys.publicKey, audience, body }).identity;

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

/** An ES256 token over any header and payload, signed with `key`. */
function forge(header: object, payload: object, key: KeyObject = keys.privateKey): string {
  const input = `${b64(header)}.${b64(payload)}`;
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
      key: keys.privateKey,
      audience: AUDIENCE,
      body: BODY,
    });
    expect(typeof token).toBe('string');
    expect(verify(token)).toEqual(identity);
  });

  it('carry exactly the pinned header, the identity claims and the call binding, for 15 s', () => {
    const token = signInternalToken(identity, {
      key: keys.privateKey,
      audience: AUDIENCE,
      body: BODY,
    });
    const [header = '', payload = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({
      alg: 'ES256',
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
      key: keys.privateKey,
      audience: AUDIENCE,
      body: BODY,
    });
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: ['ES256'],
      issuer: INTERNAL_ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    expect(payload.sub).toBe(identity.actor);
    const byJose = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'ES256' })
      .sign(keys.privateKey);
    expect(verify(byJose).actor).toBe('op-17');
  });

  it('accept a WebCrypto key pair too', async () => {
    const pair = await generateKeyPair('ES256');
    const token = signInternalToken(identity, {
      key: pair.privateKey,
      audience: AUDIENCE,
      body: BODY,
    });
    expect(
      verifyInternalToken(token, { key: pair.publicKey, audience: AUDIENCE, body: BODY }).identity,
    ).toEqual(identity);
  });

  it('are refused for another subgraph', () => {
    const token = signInternalToken(identity, {
      key: keys.privateKey,
      audience: 'pensions',
      body: BODY,
    });
    expect(() => verify(token)).toThrow();
    expect(verify(token, 'pensions').actor).toBe(identity.actor);
  });

  it('are refused with any body but the one they were signed for', () => {
    const token = signInternalToken(identity, {
      key: keys.privateKey,
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
          key: keys.privateKey,
          audience: AUDIENCE,
          body: BODY,
        });
        return verifyInternalToken(token, { key: keys.publicKey, audience: AUDIENCE, body: BODY })
          .jti;
      }),
    );
    expect(ids.size).toBe(50);
  });

  it('are refused when signed by another key', () => {
    const other = createTestKeys();
    const token = signInternalToken(identity, {
      key: other.privateKey,
      audience: AUDIENCE,
      body: BODY,
    });
    expect(() => verify(token)).toThrow();
  });

  it('are refused when one byte of the claims or the signature changes', () => {
    const token = signInternalToken(identity, {
      key: keys.privateKey,
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
    [
      'HS256 keyed with the public key (algorithm confusion)',
      () => {
        const secret = keys.publicKey.export({ type: 'spki', format: 'pem' });
        const input = `${b64({ alg: 'HS256' })}.${b64(claims())}`;
        return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
      },
    ],
    ['ES384 named in the header', () => forge({ alg: 'ES384' }, claims())],
    ['another issuer', () => forge({ alg: 'ES256' }, claims({ iss: 'someone-else' }))],
    ['no issuer', () => forge({ alg: 'ES256' }, without('iss'))],
    ['no audience', () => forge({ alg: 'ES256' }, without('aud'))],
    ['no subject', () => forge({ alg: 'ES256' }, without('sub'))],
    ['no expiry', () => forge({ alg: 'ES256' }, without('exp'))],
    ['no issue time', () => forge({ alg: 'ES256' }, without('iat'))],
    ['no id', () => forge({ alg: 'ES256' }, without('jti'))],
    ['an empty id', () => forge({ alg: 'ES256' }, claims({ jti: '' }))],
    ['no body hash', () => forge({ alg: 'ES256' }, without('bh'))],
    ['the hash of another body', () => forge({ alg: 'ES256' }, claims({ bh: bodyHash('{}') }))],
    ['an issue time that is not a number', () => forge({ alg: 'ES256' }, claims({ iat: 'now' }))],
    ['a subject that is not a string', () => forge({ alg: 'ES256' }, claims({ sub: 17 }))],
    ['an unknown role', () => forge({ alg: 'ES256' }, claims({ role: 'root' }))],
    ['expired beyond the tolerance', () => forge({ alg: 'ES256' }, claims({ exp: now() - 6 }))],
    ['not yet valid', () => forge({ alg: 'ES256' }, claims({ nbf: now() + 60 }))],
    ['not a JWT', () => 'not.a.token'],
  ])('are refused: %s', (_name, make) => {
    expect(() => verify(make())).toThrow();
  });

  it('live 15 s, with 5 s of clock skew tolerated', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 0, 15, 9, 0, 0);
    vi.setSystemTime(start);
    const token = signInternalToken(identity, {
      key: keys.privateKey,
      audience: AUDIENCE,
      body: BODY,
    });
    vi.setSystemTime(start + 19_000);
    expect(verify(token).actor).toBe(identity.actor);
    vi.setSystemTime(start + 21_000);
    expect(() => verify(token)).toThrow();
  });

  it('refuse keys that are not EC P-256 of the right kind', () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    expect(() =>
      signInternalToken(identity, { key: p384.privateKey, audience: AUDIENCE, body: BODY }),
    ).toThrow(/P-256/);
    const token = signInternalToken(identity, {
      key: keys.privateKey,
      audience: AUDIENCE,
      body: BODY,
    });
    expect(() =>
      verifyInternalToken(token, { key: p384.publicKey, audience: AUDIENCE, body: BODY }),
    ).toThrow();
    expect(() =>
      verifyInternalToken(token, { key: keys.privateKey, audience: AUDIENCE, body: BODY }),
    ).toThrow(/public/);
  });
});

describe('importInternalKey', () => {
  it('loads a JWK pair as KeyObjects that sign and verify', () => {
    const privateJwk = keys.privateKey.export({ format: 'jwk' });
    const publicJwk = keys.publicKey.export({ format: 'jwk' });
    const token = signInternalToken(identity, {
      key: importInternalKey(privateJwk, 'private'),
      audience: AUDIENCE,
      body: BODY,
    });
    expect(
      verifyInternalToken(token, {
        key: importInternalKey(publicJwk, 'public'),
        audience: AUDIENCE,
        body: BODY,
      }).identity,
    ).toEqual(identity);
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
