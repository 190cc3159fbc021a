import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTracing, type Tracing } from '@dost/platform/tracing/createTracing.ts';
import { startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const [sqlite] = testDialects();
const LOOKUP = 'query Look($fin: FIN!) { citizen(fin: $fin) { fullName } }';

interface Refusal {
  readonly status: number;
  readonly requestId: string;
  readonly code: unknown;
  readonly traceId: unknown;
}

/**
 * Requests refused before any GraphQL ran (bad body, unknown document, CSRF, no token, a role
 * held to trusted documents, a spent budget) never reach the plugins that tag executed
 * requests' errors; traced, they name their trace all the same, in the error and in the
 * access log, as executed requests do.
 */
describe('refusals before execution carry the trace id', () => {
  let system: RunningSystem;
  let tracing: Tracing;
  const exporter = new InMemorySpanExporter();
  const logDir = mkdtempSync(join(tmpdir(), 'dost-trace-refusals-'));
  const logFile = join(logDir, 'access.jsonl');

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    tracing = createTracing({ serviceName: 'dost-gateway', exporter, batch: false });
    system = await startSystem(sqlite, {
      citizens: 20,
      gateway: {
        tracer: tracing.tracer,
        accessLog: pino(pino.destination({ dest: logFile, sync: true })),
        // Citizens send ids only, as in production; one request a second per principal.
        documents: { freeformRoles: ['operator'] },
        rateLimit: { perSecond: 1, burst: 1 },
      },
    });
  });
  afterAll(async () => {
    await system.close();
    await tracing.shutdown();
    rmSync(logDir, { recursive: true, force: true });
  });

  const send = async (body: string, headers: Record<string, string>): Promise<Refusal> => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const answer = (await response.json()) as {
      errors?: { extensions?: Record<string, unknown> }[];
    };
    const extensions = answer.errors?.[0]?.extensions ?? {};
    return {
      status: response.status,
      requestId: response.headers.get('x-request-id') ?? '',
      code: extensions['code'],
      traceId: extensions['traceId'],
    };
  };
  const lookup = JSON.stringify({ query: LOOKUP, variables: { fin: '5ZK7P2Q' } });

  /** The refusal names a trace the gateway exported, and its access-log line names it too. */
  const expectTraced = async (refusal: Refusal, status: number, code: string) => {
    expect({ status: refusal.status, code: refusal.code }).toEqual({ status, code });
    expect(refusal.traceId).toMatch(/^[0-9a-f]{32}$/);
    // The span and the line are ended just after the answer is written.
    await vi.waitFor(() => {
      const roots = exporter
        .getFinishedSpans()
        .filter((s) => s.spanContext().traceId === refusal.traceId);
      expect(roots.map((s) => s.attributes['http.response.status_code'])).toEqual([status]);
      const line = readFileSync(logFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l['requestId'] === refusal.requestId);
      expect(line).toMatchObject({ traceId: refusal.traceId, outcome: code, status });
    });
  };

  it('401 UNAUTHENTICATED: no token', async () => {
    await expectTraced(await send(lookup, {}), 401, 'UNAUTHENTICATED');
  });

  it('400 BAD_REQUEST: a body that is not JSON', async () => {
    await expectTraced(await send('{"query": ', {}), 400, 'BAD_REQUEST');
  });

  it('400 PERSISTED_QUERY_NOT_FOUND: an unknown document id', async () => {
    const body = JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}` });
    await expectTraced(await send(body, {}), 400, 'PERSISTED_QUERY_NOT_FOUND');
  });

  it('400 BAD_REQUEST: a cross-site form post (CSRF prevention)', async () => {
    const refusal = await send(lookup, { 'content-type': 'text/plain' });
    await expectTraced(refusal, 400, 'BAD_REQUEST');
  });

  it('403 PERSISTED_QUERY_REQUIRED: a citizen sending text', async () => {
    const token = await system.token({ role: 'citizen', sub: 'cit-5ZK7P2Q', fin: '5ZK7P2Q' });
    const refusal = await send(lookup, { authorization: `Bearer ${token}` });
    await expectTraced(refusal, 403, 'PERSISTED_QUERY_REQUIRED');
  });

  it('429 RATE_LIMITED: a principal past its budget', async () => {
    const token = await system.token({ role: 'operator', sub: 'op-fast', centre: 'baku-1' });
    const headers = { authorization: `Bearer ${token}`, 'x-dost-purpose': STAFF_PURPOSE };
    const answers: Refusal[] = [];
    for (let i = 0; i < 4; i++) answers.push(await send(lookup, headers));
    const refused = answers.find((a) => a.status === 429);
    if (refused === undefined) throw new Error('no request was refused 429');
    await expectTraced(refused, 429, 'RATE_LIMITED');
  });
});
