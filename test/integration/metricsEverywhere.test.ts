import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@dost/platform/createLogger.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import { createMetricsHandler } from '../../gateway/metrics/createMetricsHandler.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** The families issue 13 asks of the gateway (requests, calls, audit, pools, limits, version). */
const GATEWAY_FAMILIES = [
  'dost_gateway_requests_total',
  'dost_gateway_request_duration_seconds',
  'dost_gateway_subgraph_call_duration_seconds',
  'dost_gateway_subgraph_call_failures_total',
  'dost_gateway_subgraph_breaker_state',
  'dost_gateway_audit_commit_duration_seconds',
  'dost_gateway_audit_batch_size',
  'dost_gateway_audit_wait_seconds',
  'dost_gateway_audit_batch_failures_total',
  'dost_gateway_db_pool_connections',
  'dost_gateway_rate_limit_refusals_total',
  'dost_gateway_supergraph_info',
];
/** And of every subgraph: requests by outcome with latency, SQL statements, the pool. */
const SUBGRAPH_FAMILIES = [
  'dost_subgraph_requests_total',
  'dost_subgraph_request_duration_seconds',
  'dost_subgraph_sql_statements_total',
  'dost_subgraph_db_pool_connections',
];
const S1 = `query OneWindow($fin: FIN!) { citizen(fin: $fin) { fin fullName birthDate
  pension { labourPension { type status amount } }
  unemployment { status benefit { monthlyAmount status } }
  disability { degree percent } } }`;
const FINS = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'];
const [sqlite] = testDialects();

function familiesIn(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .filter((line) => line.startsWith('# TYPE '))
      .map((line) => line.split(' ')[2] ?? ''),
  );
}

function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics on every process after traffic', () => {
  let system: RunningSystem;
  let gatewayMetrics: Listening;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 20 });
    gatewayMetrics = await listen([createMetricsHandler(system.metrics.registry)], {
      log: createLogger({ level: 'silent' }),
    });
    const token = await system.token({ role: 'operator', sub: 'op-17', centre: 'baku-1' });
    for (const fin of FINS) {
      // Each demo citizen's own open case at baku-1, as an operator's read must cite.
      const headers = purposeHeader('operator', fin);
      const result = await system.query(S1, { token, variables: { fin }, headers });
      expect(result.errors).toBeUndefined();
    }
    // A direct call to a subgraph without the gateway's token: refused before execution.
    const refused = await request(system.subgraphUrls.people, {
      method: 'POST',
      dispatcher: system.subgraphDispatcher,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    await refused.body.dump();
    expect(refused.statusCode).toBe(401);
    // The audit subgraph too: a citizen reading who looked at their data.
    const citizen = await system.token({ role: 'citizen', sub: 'cit-1', fin: '5ZK7P2Q' });
    await system.query('{ me { accessLog(first: 1) { edges { node { at } } } } }', {
      token: citizen,
    });
  });
  afterAll(async () => {
    await gatewayMetrics.close();
    await system.close();
  });

  it('the gateway serves every family', async () => {
    const response = await fetch(gatewayMetrics.url.replace(/\/graphql$/, '/metrics'));
    const text = await response.text();
    const found = familiesIn(text);
    for (const family of GATEWAY_FAMILIES) expect(found, family).toContain(family);
  });

  it.each(Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[])(
    'the %s subgraph serves every family, with no personal data',
    async (name) => {
      const url = system.subgraphUrls[name].replace(/\/graphql$/, '/metrics');
      const response = await request(url, { dispatcher: system.subgraphDispatcher });
      expect(response.statusCode).toBe(200);
      const text = await response.body.text();
      const found = familiesIn(text);
      for (const family of SUBGRAPH_FAMILIES) expect(found, family).toContain(family);
      for (const fin of FINS) expect(text).not.toContain(fin);
      expect(sample(text, 'dost_subgraph_db_pool_connections{state="pending"}')).toBe(0);
      if (name === 'people') {
        expect(sample(text, 'dost_subgraph_requests_total{outcome="HTTP_401"}')).toBe(1);
      }
      if (name !== 'services') {
        expect(sample(text, 'dost_subgraph_requests_total{outcome="OK"}')).toBeGreaterThan(0);
        expect(
          sample(text, 'dost_subgraph_request_duration_seconds_count{outcome="OK"}'),
        ).toBeGreaterThan(0);
      }
    },
  );
});
