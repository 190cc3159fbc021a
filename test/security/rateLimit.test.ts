import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../gateway/admission/createRateLimiter.ts';
import { startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

// `__typename` alone asks no registry anything and needs no purpose: a cheap request.
const CHEAP = { query: '{ __typename }' };

async function post(url: string, token: string | undefined) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(CHEAP),
  });
  const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.['code'],
    extensions: body.errors?.[0]?.extensions,
  };
}

const [sqlite] = testDialects();

describe('rate limiting at the gateway', () => {
  let limited: RunningSystem;
  let unlimited: RunningSystem;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    [limited, unlimited] = await Promise.all([
      startSystem(sqlite, {
        citizens: 20,
        gateway: { rateLimit: { perSecond: 5, burst: 5, failedAuthPerMinute: 5 } },
      }),
      startSystem(sqlite, { citizens: 20, gateway: { rateLimit: false } }),
    ]);
  });
  afterAll(() => Promise.all([limited.close(), unlimited.close()]));

  it('answers 429 RATE_LIMITED with Retry-After to a principal over its budget, and only to it', async () => {
    const busy = await limited.token({ sub: 'op-busy', role: 'operator', centre: 'baku-1' });
    const calm = await limited.token({ sub: 'op-calm', role: 'operator', centre: 'baku-1' });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(limited.gatewayUrl, busy)),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    expect(refused).toHaveLength(3);
    for (const answer of refused) {
      expect(answer.code).toBe('RATE_LIMITED');
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(answer.extensions?.['retryAfter']).toBe(Number(answer.retryAfter));
      expect(typeof answer.extensions?.['requestId']).toBe('string');
    }
    expect((await post(limited.gatewayUrl, calm)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Number(refused[0]?.retryAfter) * 1000));
    expect((await post(limited.gatewayUrl, busy)).status).toBe(200);
  });

  it('refuses bad tokens from an address past its failure budget, never a valid one', async () => {
    // Well past the budget (5 here, 100 by default): one attacker behind a centre's shared NAT.
    const statuses: number[] = [];
    for (let i = 0; i < 120; i += 1) {
      statuses.push((await post(limited.gatewayUrl, 'not.a.token')).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    const valid = await limited.token({ sub: 'op-centre', role: 'operator', centre: 'baku-1' });
    const [header, payload] = valid.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const token of [undefined, 'not.a.token', forged]) {
      const answer = await post(limited.gatewayUrl, token);
      expect(answer.status).toBe(429);
      expect(answer.code).toBe('RATE_LIMITED');
      expect(Number(answer.retryAfter)).toBeGreaterThan(1);
    }
    // Staff of the same centre, same address: served in full.
    const served = await limited.query<{ citizen: { fullName: string } }>(
      '{ citizen(fin: "5ZK7P2Q") { fullName } }',
      { token: valid, headers: { 'x-dost-purpose': STAFF_PURPOSE } },
    );
    expect(served.status).toBe(200);
    expect(served.errors).toBeUndefined();
    expect(served.data?.citizen.fullName).toMatch(/\S+ \S+/);
    expect((await post(limited.gatewayUrl, valid)).status).toBe(200);
  });

  it('can be turned off (benchmarks)', async () => {
    const token = await unlimited.token({ sub: 'bench', role: 'operator', centre: 'baku-1' });
    const answers = await Promise.all(
      Array.from({ length: 150 }, () => post(unlimited.gatewayUrl, token)),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    for (let i = 0; i < 8; i += 1) await post(unlimited.gatewayUrl, 'not.a.token');
    expect((await post(unlimited.gatewayUrl, token)).status).toBe(200);
  });
});

describe('the default budget', () => {
  it('lets a principal burst to 100 in a second and sustain 50 a second', async () => {
    const limiter = createRateLimiter();
    const outcome = () =>
      limiter.consumePrincipal('op-1').then(
        () => 'ok',
        (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code,
      );
    const burst = await Promise.all(Array.from({ length: 101 }, outcome));
    expect(burst.filter((r) => r === 'ok')).toHaveLength(100);
    expect(burst.at(-1)).toBe('RATE_LIMITED');
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    const next = await Promise.all(Array.from({ length: 51 }, outcome));
    expect(next.filter((r) => r === 'ok')).toHaveLength(50);
  });
});
