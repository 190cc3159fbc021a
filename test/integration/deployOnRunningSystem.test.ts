import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@dost/platform/createLogger.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import { loadOrCreateDevIdentity } from '@dost/platform/tls/loadOrCreateDevTls.ts';
import { createGatewayMetrics } from '../../gateway/metrics/createGatewayMetrics.ts';
import { createMetricsHandler } from '../../gateway/metrics/createMetricsHandler.ts';
import { startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { testTls } from '../helpers/testTls.ts';

const run = promisify(execFile);
const PROBE = fileURLToPath(new URL('../../deploy/probe.mjs', import.meta.url));
const DASHBOARD = new URL('../../deploy/grafana/dost-one-window.json', import.meta.url);
const [sqlite] = testDialects();

/** Metric families a /metrics text declares, with their types. */
function families(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    if (match[1] !== undefined && match[2] !== undefined) found.set(match[1], match[2]);
  }
  return found;
}

const PROMQL_WORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'le',
  'inf',
  'nan',
]);

/**
 * The metric names a PromQL expression selects: identifiers left once label matchers,
 * grouping clauses, ranges, strings and function names are removed.
 */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"[^"]*"/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  return [...bare.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\()?/g)]
    .filter(
      (m) => m[2] === undefined && m[1] !== undefined && !PROMQL_WORDS.has(m[1].toLowerCase()),
    )
    .map((m) => m[1] ?? '');
}

/** The family a sample name belongs to: itself, or a histogram's/summary's _bucket/_sum/_count. */
function familyOf(name: string, known: Map<string, string>): string | undefined {
  if (known.has(name)) return name;
  const base = name.replace(/_(bucket|sum|count)$/, '');
  const type = known.get(base);
  return type === 'histogram' || (type === 'summary' && !name.endsWith('_bucket'))
    ? base
    : undefined;
}

interface DashboardJson {
  panels: { type: string; title: string; targets?: { expr: string }[] }[];
}

describe('deploy/ against a running gateway and subgraphs', () => {
  let system: RunningSystem;
  let metricsServer: Listening;
  const dir = mkdtempSync(join(tmpdir(), 'dost-deploy-'));

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    // As gateway/index.ts creates them: with prom-client's process metrics.
    const metrics = createGatewayMetrics({ processMetrics: true });
    system = await startSystem(sqlite, { citizens: 10, gateway: { metrics } });
    metricsServer = await listen([createMetricsHandler(metrics.registry)], {
      log: createLogger({ level: 'silent' }),
    });
    const staff = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    await system.query('query One { citizen(fin: "5ZK7P2Q") { fullName } }', {
      token: staff,
      headers: { 'x-dost-purpose': STAFF_PURPOSE },
    });
  }, 60_000);

  afterAll(async () => {
    await metricsServer.close();
    await system.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function scrapeAll(): Promise<Map<string, string>> {
    const gateway = await fetch(metricsServer.url.replace(/\/graphql$/, '/metrics'));
    const known = families(await gateway.text());
    const subgraph = await request(system.subgraphUrls.people.replace(/\/graphql$/, '/metrics'), {
      dispatcher: system.subgraphDispatcher,
    });
    expect(subgraph.statusCode).toBe(200);
    for (const [name, type] of families(await subgraph.body.text())) known.set(name, type);
    return known;
  }

  it('the Grafana dashboard queries only metric families the processes serve', async () => {
    const known = await scrapeAll();
    const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as DashboardJson;
    const panels = dashboard.panels.filter((panel) => panel.type !== 'row');
    expect(panels.length).toBeGreaterThan(15);
    const used = new Set<string>();
    for (const panel of panels) {
      const names = (panel.targets ?? []).flatMap((target) => metricNames(target.expr));
      expect(names.length, panel.title).toBeGreaterThan(0);
      for (const name of names) {
        const family = familyOf(name, known);
        expect(family, `${panel.title}: ${name}`).toBeDefined();
        if (family !== undefined) used.add(family);
      }
    }
    // And the other way: every DOST family has a panel.
    const unshown = [...known.keys()].filter((name) => name.startsWith('dost_') && !used.has(name));
    expect(unshown).toEqual([]);
  });

  it('the metric-name check refuses a name no process serves', async () => {
    const known = await scrapeAll();
    const names = metricNames('sum by (le) (rate(dost_gateway_request_secs_bucket{x="a"}[5m]))');
    expect(names).toEqual(['dost_gateway_request_secs_bucket']);
    expect(familyOf('dost_gateway_request_secs_bucket', known)).toBeUndefined();
    expect(familyOf('dost_gateway_request_duration_seconds_bucket', known)).toBeDefined();
  });

  describe("deploy/probe.mjs (a subgraph's exec probe over mutual TLS)", () => {
    const files = async (name: 'gateway' | 'stranger') => {
      const tls = await testTls();
      const client =
        name === 'gateway'
          ? tls.gateway
          : await loadOrCreateDevIdentity(tls.dir, { name: 'dost-ops', profile: 'client' });
      const paths = {
        ca: join(dir, 'ca.pem'),
        cert: join(dir, `${name}.pem`),
        key: join(dir, `${name}.key`),
      };
      writeFileSync(paths.ca, tls.gateway.ca);
      writeFileSync(paths.cert, client.cert);
      writeFileSync(paths.key, client.key);
      return paths;
    };
    const probe = async (path: string, client: 'gateway' | 'stranger') => {
      const { ca, cert, key } = await files(client);
      const url = system.subgraphUrls.people.replace(/\/graphql$/, path);
      return run(process.execPath, [PROBE, url, 'localhost', ca, cert, key]).then(
        () => 0,
        (error: { code?: number }) => error.code ?? -1,
      );
    };

    it('succeeds on /healthz and /readyz with a client certificate the subgraph allows', async () => {
      expect(await probe('/healthz', 'gateway')).toBe(0);
      expect(await probe('/readyz', 'gateway')).toBe(0);
    });

    it('fails on a path that is not 200', async () => {
      expect(await probe('/nowhere', 'gateway')).toBe(1);
    });

    it('fails when the subgraph does not list its certificate (hence dost-ops in the manifests)', async () => {
      expect(await probe('/healthz', 'stranger')).toBe(1);
    });
  });
});
