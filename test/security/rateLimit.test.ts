import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../gateway/rateLimit/createRateLimiter.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
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

  it('refuses an address after too many failed authentications, before checking its token', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await post(limited.gatewayUrl, 'not.a.token')).status).toBe(401);
    }
    const valid = await limited.token({ sub: 'op-other', role: 'operator', centre: 'baku-1' });
    for (const token of [undefined, 'not.a.token', valid]) {
      const answer = await post(limited.gatewayUrl, token);
      expect(answer.status).toBe(429);
      expect(answer.code).toBe('RATE_LIMITED');
      expect(Number(answer.retryAfter)).toBeGreaterThan(1);
    }
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
