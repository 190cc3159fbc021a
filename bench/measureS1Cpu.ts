import { Pool } from 'undici';
import { DEMO_CASES } from '../seed/synthetic/demoCases.ts';
import type { DemoFin } from '../seed/synthetic/demoFins.ts';
import { cpuSeconds } from './processStats.ts';
import { SCENARIOS } from './scenarios.ts';
import type { Service } from './spawnService.ts';

const FINS = Object.keys(DEMO_CASES) as DemoFin[];

/**
 * The paired cost benches' load (tracingCost.ts, metricsCost.ts): `requests` S1 requests to one
 * gateway, `concurrency` in flight on keep-alive connections, an operator citing each demo
 * citizen's own case, and that gateway's CPU per request in µs (`/proc/<pid>/stat`). Any
 * failed or erroring answer stops the run: a cost measured over refusals means nothing.
 */
export function createS1CpuLoad({
  token,
  concurrency,
  pools,
}: {
  token: string;
  concurrency: number;
  /** Where each load's pool is kept, for the caller to close at the end. */
  pools: Pool[];
}): (service: Service, requests: number) => Promise<number> {
  return async (service, requests) => {
    const pool = new Pool(new URL(service.url).origin, { connections: concurrency });
    pools.push(pool);
    let next = 0;
    let failed = 0;
    const worker = async () => {
      while (next < requests) {
        const fin = FINS[next++ % FINS.length] ?? '5ZK7P2Q';
        const answer = await pool.request({
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'x-dost-purpose': `SERVICE_APPLICATION:${DEMO_CASES[fin]}`,
          },
          body: JSON.stringify({ query: SCENARIOS.S1.query, variables: { fin } }),
        });
        const text = await answer.body.text();
        if (answer.statusCode !== 200 || text.includes('"errors"')) failed += 1;
      }
    };
    const before = cpuSeconds(service.pid);
    await Promise.all(Array.from({ length: concurrency }, worker));
    const used = cpuSeconds(service.pid) - before;
    if (failed > 0) throw new Error(`${failed} of ${requests} S1 requests failed`);
    return (used / requests) * 1e6;
  };
}
