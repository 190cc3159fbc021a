import { randomUUID, sign } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyHash,
  INTERNAL_ISSUER,
  INTERNAL_TOKEN_HEADER,
  signInternalToken,
} from '@dost/platform/internalToken.ts';
import { createHmac } from 'node:crypto';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import { buildProfile } from '../helpers/buildProfile.ts';
import { operator } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { createTestKeys } from '../helpers/testKeys.ts';

const [sqlite] = testDialects();
const FIN = '5ZK7P2Q';
const BODY = JSON.stringify({ query: `{ citizen(fin: "${FIN}") { fullName } }` });
const NAME = 'Əliyev Rəşad Vüqar oğlu';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** The claims the gateway MACs for an operator asking people for BODY. */
function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    role: 'operator',
    fin: null,
    centre: 'baku-1',
    agency: null,
    scopes: [],
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    rid: 'req-mac-1',
    jti: randomUUID(),
    bh: bodyHash(BODY),
    iss: INTERNAL_ISSUER,
    aud: 'people',
    sub: 'op-17',
    iat: now(),
    exp: now() + 15,
    ...overrides,
  };
}

/**
 * Each subgraph holds only the key derived for it from the gateway's secret. These are the
 * calls someone holding one subgraph's key, or a captured call, or the gateway's public key,
 * could make to another: each must get UNAUTHENTICATED and no data.
 */
describe("internal calls carry a MAC with the audience's own key", () => {
  const keys = createTestKeys();
  let people: TestSubgraph;
  let pensions: TestSubgraph;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    const profiles = [buildProfile({ index: 0, fin: FIN })];
    people = await startTestSubgraph({ name: 'people', dialect: sqlite, profiles, keys });
    pensions = await startTestSubgraph({ name: 'pensions', dialect: sqlite, profiles, keys });
  });
  afterAll(async () => {
    await people?.close();
    await pensions?.close();
  });

  const post = async (url: string, token: string, body = BODY) => {
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body,
    });
    const text = await response.body.text();
    return { status: response.statusCode, text, json: JSON.parse(text) as Record<string, unknown> };
  };
  const expectRefused = (answer: Awaited<ReturnType<typeof post>>) => {
    expect(answer.status).toBe(401);
    expect(answer.json['data'] ?? null).toBeNull();
    const errors = answer.json['errors'] as { extensions?: { code?: string } }[];
    expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(answer.text).not.toContain('Rəşad');
  };
  const mac = (key: InternalCallKey, audience: string, body = BODY) =>
    signInternalToken(operator(), { key, audience, body });

  it('answers a call MAC’d with its own key (the control)', async () => {
    const answer = await post(people.url, mac(keys.callKey('people'), 'people'));
    expect(answer.status).toBe(200);
    expect(answer.json['data']).toEqual({ citizen: { fullName: NAME } });
  });

  it("refuses a call MAC'd with another subgraph's key, whatever audience it names", async () => {
    const pensionsKey = keys.callKey('pensions');
    // Genuine for pensions (it answers it), useless at people.
    const forPensions = mac(pensionsKey, 'pensions');
    expectRefused(await post(people.url, forPensions));
    // What the holder of pensions' key (an agency, a compromised pod) would mint for people.
    expectRefused(await post(people.url, mac(pensionsKey, 'people')));
    // The same key does open pensions (its SDL, since pensions has no citizen(fin) root).
    const service = JSON.stringify({ query: '{ _service { sdl } }' });
    const control = await post(pensions.url, mac(pensionsKey, 'pensions', service), service);
    expect(control.status).toBe(200);
    expect(control.text).toContain('sdl');
  });

  it("refuses a token MAC'd with people's key for the pensions audience, at pensions and at people", async () => {
    const misnamed = mac(keys.callKey('people'), 'pensions');
    expectRefused(await post(pensions.url, misnamed));
    expectRefused(await post(people.url, misnamed));
  });

  it('refuses a genuine token with a tampered body', async () => {
    const token = mac(keys.callKey('people'), 'people');
    const other = JSON.stringify({ query: `{ citizen(fin: "3HRT9WX") { fullName } }` });
    expectRefused(await post(people.url, token, other));
  });

  it('refuses a genuine token replayed (same jti)', async () => {
    const token = mac(keys.callKey('people'), 'people');
    expect((await post(people.url, token)).status).toBe(200);
    expectRefused(await post(people.url, token));
  });

  it('refuses an expired token', async () => {
    const token = signInternalToken(operator(), {
      key: keys.callKey('people'),
      audience: 'people',
      body: BODY,
      ttlSeconds: -60,
    });
    expectRefused(await post(people.url, token));
  });

  it.each([
    ['alg none, no signature', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
    [
      'ES256, signed with the gateway’s own key pair',
      () => {
        const input = `${b64({ alg: 'ES256', typ: 'JWT' })}.${b64(claims())}`;
        const signature = sign('sha256', Buffer.from(input), {
          key: keys.privateKey,
          dsaEncoding: 'ieee-p1363',
        });
        return `${input}.${signature.toString('base64url')}`;
      },
    ],
    [
      'HS256 keyed with the gateway’s public key (algorithm confusion)',
      () => hmac('sha256', 'HS256', keys.publicKey.export({ type: 'spki', format: 'pem' })),
    ],
    ['HS512 keyed with people’s own key', () => hmac('sha512', 'HS512', keys.callKey('people'))],
    ['HS256 keyed with the gateway’s secret', () => hmac('sha256', 'HS256', keys.internalSecret)],
  ])('refuses %s', async (_name, make) => {
    expectRefused(await post(people.url, make()));
  });

  it('still answers a hand-made HS256 token with people’s key (the forgeries above are sound)', async () => {
    const answer = await post(people.url, hmac('sha256', 'HS256', keys.callKey('people')));
    expect(answer.status).toBe(200);
  });
});

function hmac(hash: string, alg: string, key: InternalCallKey | string | Buffer): string {
  const input = `${b64({ alg, typ: 'JWT' })}.${b64(claims())}`;
  return `${input}.${createHmac(hash, key).update(input).digest('base64url')}`;
}
