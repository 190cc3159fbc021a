import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@dost/platform/createLogger.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import { createGatewayMetrics } from '../../gateway/metrics/createGatewayMetrics.ts';
import { createMetricsHandler } from '../../gateway/metrics/createMetricsHandler.ts';
import { caseOf, startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const DEMO_FINS = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'] as const;
const ONE_WINDOW = `query OneWindow($fin: FIN!) {
  citizen(fin: $fin) { fullName pension { labourPension { status } } disability { degree } }
}`;
const [sqlite] = testDialects();

async function scrape(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample line, e.g. `name{a="b"}`, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('gateway metrics and access log', () => {
  let system: RunningSystem;
  let metricsPort: Listening;
  let metricsUrl: string;
  const logDir = mkdtempSync(join(tmpdir(), 'dost-access-'));
  const logFile = join(logDir, 'access.jsonl');
  let sent = 0;

  const post = async (body: object, headers: Record<string, string>) => {
    sent += 1;
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, {
      citizens: 20,
      gateway: {
        rateLimit: { perSecond: 20, burst: 20 },
        accessLog: pino(pino.destination({ dest: logFile, sync: true })),
      },
    });
    // As index.ts does with DOST_METRICS_PORT: a listener of its own.
    metricsPort = await listen([createMetricsHandler(system.metrics.registry)], {
      log: createLogger({ level: 'silent' }),
    });
    metricsUrl = metricsPort.url.replace(/\/graphql$/, '/metrics');

    const staff = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    const staffHeaders = { authorization: `Bearer ${staff}`, 'x-dost-purpose': STAFF_PURPOSE };
    for (const fin of DEMO_FINS) {
      // Each read cites the citizen's own open case at baku-1.
      const headers = { ...staffHeaders, 'x-dost-purpose': caseOf(fin) };
      expect(await post({ query: ONE_WINDOW, variables: { fin } }, headers)).toBe(200);
    }
    // Anonymous, FIN in the operation's name, refused purpose, no token, unparsable.
    await post({ query: `{ citizen(fin: "${DEMO_FINS[0]}") { fullName } }` }, staffHeaders);
    await post({ query: `query Look${DEMO_FINS[1]} { __typename }` }, staffHeaders);
    await post(
      { query: ONE_WINDOW, variables: { fin: DEMO_FINS[2] } },
      {
        authorization: `Bearer ${staff}`,
      },
    );
    expect(await post({ query: '{ __typename }' }, {})).toBe(401);
    expect(await post({ query: '{ citizen(' }, staffHeaders)).toBe(400);
    // One principal over its budget of 20 a second: refusals.
    const busy = await system.token({ sub: 'op-busy', role: 'operator', centre: 'baku-2' });
    const statuses = await Promise.all(
      Array.from({ length: 25 }, () =>
        post({ query: 'query Ping { __typename }' }, { authorization: `Bearer ${busy}` }),
      ),
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await metricsPort.close();
    await system.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  it('writes one access-log line per request, with no personal data', () => {
    const text = readFileSync(logFile, 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(sent);
    for (const fin of DEMO_FINS) expect(text).not.toContain(fin);
    expect(text).not.toContain(STAFF_PURPOSE.split(':')[1]);
    expect(text).not.toContain('op-17');
    for (const line of lines) {
      expect(line).toMatchObject({ msg: 'request', role: expect.any(String) });
      expect(line['requestId']).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof line['durationMs']).toBe('number');
      expect(typeof line['status']).toBe('number');
      expect(typeof line['outcome']).toBe('string');
    }
    const oneWindow = lines.filter((l) => l['operation'] === 'OneWindow' && l['status'] === 200);
    expect(oneWindow).toHaveLength(DEMO_FINS.length);
    expect(oneWindow[0]).toMatchObject({ role: 'operator', centre: 'baku-1', outcome: 'OK' });
    expect(oneWindow[0]?.['subgraphs']).toEqual(
      expect.arrayContaining(['people', 'pensions', 'disability']),
    );
    expect(lines.map((l) => l['outcome'])).toEqual(
      expect.arrayContaining(['PURPOSE_REQUIRED', 'UNAUTHENTICATED', 'RATE_LIMITED']),
    );
    expect(lines.find((l) => l['status'] === 401)).toMatchObject({ role: '(none)' });
  });

  it('serves /metrics on its own listener, never on the public port', async () => {
    const onPublic = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/metrics'));
    expect(onPublic.status).toBe(404);
    const text = await scrape(metricsUrl);
    for (const fin of DEMO_FINS) expect(text).not.toContain(fin);
    expect(text).not.toContain('op-17');
    const ok = 'operation="OneWindow",outcome="OK",role="operator"';
    expect(sample(text, `dost_gateway_requests_total{${ok}}`)).toBe(DEMO_FINS.length);
    expect(sample(text, `dost_gateway_request_duration_seconds_count{${ok}}`)).toBe(5);
    expect(text).toContain('operation="(anonymous)"');
    expect(text).toContain('operation="(other)"');
    expect(text).toMatch(/dost_gateway_requests_total\{[^}]*outcome="UNAUTHENTICATED"/);
    expect(
      sample(text, 'dost_gateway_rate_limit_refusals_total{limit="principal"}'),
    ).toBeGreaterThan(0);
    expect(
      sample(
        text,
        'dost_gateway_subgraph_call_duration_seconds_count{subgraph="people",outcome="ok"}',
      ),
    ).toBeGreaterThanOrEqual(5);
    expect(
      sample(text, 'dost_gateway_subgraph_breaker_state{subgraph="people",state="closed"}'),
    ).toBe(1);
    expect(
      sample(text, 'dost_gateway_subgraph_breaker_state{subgraph="people",state="open"}'),
    ).toBe(0);
    expect(sample(text, 'dost_gateway_audit_commit_duration_seconds_count')).toBeGreaterThan(0);
    expect(sample(text, 'dost_gateway_audit_batch_size_sum')).toBeGreaterThanOrEqual(5);
    // Each recorded request's wait for its commit, one observation per record.
    expect(sample(text, 'dost_gateway_audit_wait_seconds_count')).toBe(
      sample(text, 'dost_gateway_audit_batch_size_sum'),
    );
    expect(sample(text, 'dost_gateway_audit_batch_failures_total')).toBe(0);
    expect(sample(text, 'dost_gateway_db_pool_connections{database="audit",state="used"}')).toBe(0);
    expect(sample(text, 'dost_gateway_supergraph_info{version="committed"}')).toBe(1);
  });

  it('counts subgraph calls that got no answer, by reason', async () => {
    const metrics = createGatewayMetrics();
    // A replica whose disability registry is at a port nothing listens on.
    const url = await system.addGateway({
      metrics,
      accessLog: false,
      subgraphUrls: { disability: 'https://127.0.0.1:1/graphql' },
    });
    const staff = await system.token({ sub: 'op-18', role: 'operator', centre: 'baku-1' });
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${staff}`,
        'x-dost-purpose': caseOf(DEMO_FINS[2]),
      },
      body: JSON.stringify({ query: ONE_WINDOW, variables: { fin: DEMO_FINS[2] } }),
    });
    expect(response.status).toBe(200);
    const text = await metrics.registry.metrics();
    expect(
      sample(
        text,
        'dost_gateway_subgraph_call_failures_total{subgraph="disability",failure="unreachable"}',
      ),
    ).toBe(1);
    expect(text).toMatch(
      /dost_gateway_requests_total\{operation="OneWindow",outcome="REGISTRY_UNAVAILABLE",role="operator"\} 1/,
    );
  });
});
