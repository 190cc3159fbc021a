import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayMetrics } from '../../gateway/metrics/createGatewayMetrics.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { openTestLimitStore } from '../helpers/testRedis.ts';

// `__typename` alone asks no registry anything and needs no purpose: a cheap request.
async function post(url: string, token: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await response.arrayBuffer();
  return response.status;
}

// 1 a second plus an allowance of 10 refilled over 10 s: a burst of 30 gets 11 through, 12
// should the second roll over mid-burst on a busy machine; never the 22 of two budgets.
const BUDGET = { perSecond: 1, burst: 11, failedAuthPerMinute: 5 };
const accepted = (statuses: number[]) => statuses.filter((s) => s === 200).length;
const [sqlite] = testDialects();

describe('rate limits shared through Redis', () => {
  let system: RunningSystem;
  const store = openTestLimitStore();
  // Nothing listens on port 1: every command fails, as with a Redis that is down.
  const deadStore = openTestLimitStore('redis://127.0.0.1:1');
  let replicas: string[];
  let unshared: string[];
  let redisDown: string;
  const outageMetrics = createGatewayMetrics();

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, {
      citizens: 20,
      gateway: { rateLimit: { ...BUDGET, shared: store } },
    });
    replicas = [system.gatewayUrl, await system.addGateway()];
    unshared = [
      await system.addGateway({ rateLimit: BUDGET }),
      await system.addGateway({ rateLimit: BUDGET }),
    ];
    redisDown = await system.addGateway({
      rateLimit: { ...BUDGET, shared: deadStore },
      metrics: outageMetrics,
    });
  });
  afterAll(async () => {
    await system.close();
    await store.close();
    await deadStore.close();
  });

  it("holds one principal's budget across two replicas", async () => {
    const token = await system.token({ sub: 'op-shared', role: 'operator', centre: 'baku-1' });
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post(replicas[i % 2] ?? '', token)),
    );
    // Each replica saw 15 of them: alone, each would have let 11 through.
    expect(accepted(statuses)).toBeGreaterThanOrEqual(11);
    expect(accepted(statuses)).toBeLessThanOrEqual(12);
  });

  it('counts failed authentications per address across replicas too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push(await post(replicas[i % 2] ?? '', 'not.a.token'));
    expect(statuses.slice(0, BUDGET.failedAuthPerMinute)).toEqual(Array(5).fill(401));
    expect(new Set(statuses.slice(BUDGET.failedAuthPerMinute))).toEqual(new Set([429]));
  });

  it('without Redis, each replica counts alone (the embedded default)', async () => {
    const token = await system.token({ sub: 'op-unshared', role: 'operator', centre: 'baku-1' });
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post(unshared[i % 2] ?? '', token)),
    );
    expect(accepted(statuses)).toBeGreaterThanOrEqual(22);
  });

  it('with Redis down, still serves and limits each principal in this process', async () => {
    const token = await system.token({ sub: 'op-outage', role: 'operator', centre: 'baku-1' });
    const statuses = await Promise.all(Array.from({ length: 20 }, () => post(redisDown, token)));
    expect(accepted(statuses)).toBeGreaterThanOrEqual(11);
    expect(accepted(statuses)).toBeLessThanOrEqual(12);
    // Every check was the insurance's, and says so for an alert.
    const text = await outageMetrics.registry.metrics();
    expect(text).toMatch(/^dost_gateway_rate_limit_store_failures_total ([2-9]\d)$/m);
  });
});
