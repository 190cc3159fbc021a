import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTracing, type Tracing } from '@dost/platform/tracing/createTracing.ts';
import { startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** Scenario S1 of BENCHMARKS.md: the one-window view, four registries. */
const S1 = `query OneWindow($fin: FIN!) { citizen(fin: $fin) { fin fullName birthDate
  pension { labourPension { type status amount } }
  unemployment { status benefit { monthlyAmount status } }
  disability { degree percent } } }`;
const FIN = '5ZK7P2Q';
const [sqlite] = testDialects();

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanId;
}

describe('one trace per request, gateway → subgraph call → subgraph → SQL', () => {
  let system: RunningSystem;
  const exporter = new InMemorySpanExporter();
  const tracings: Tracing[] = [];
  const logDir = mkdtempSync(join(tmpdir(), 'dost-trace-'));
  const logFile = join(logDir, 'access.jsonl');
  const tracing = (serviceName: string) => {
    const made = createTracing({ serviceName, exporter, batch: false });
    tracings.push(made);
    return made.tracer;
  };

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, {
      citizens: 20,
      gateway: {
        tracer: tracing('dost-gateway'),
        accessLog: pino(pino.destination({ dest: logFile, sync: true })),
      },
      subgraphTracer: (name) => tracing(`dost-${name}`),
    });
  });
  afterAll(async () => {
    await system.close();
    for (const each of tracings) await each.shutdown();
    rmSync(logDir, { recursive: true, force: true });
  });

  it('shows S1 as one span tree across the gateway, the four registries and the service desk', async () => {
    exporter.reset();
    const token = await system.token({ role: 'operator', sub: 'op-17', centre: 'baku-1' });
    const result = await system.query(S1, {
      token,
      variables: { fin: FIN },
      headers: { 'x-dost-purpose': STAFF_PURPOSE },
    });
    expect(result.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();

    const roots = spans.filter((s) => parentOf(s) === undefined);
    expect(roots.map((s) => s.name)).toEqual(['graphql OneWindow']);
    const [root] = roots;
    if (root === undefined) throw new Error('no root span');
    expect(root.kind).toBe(SpanKind.SERVER);
    const { traceId } = root.spanContext();
    expect(spans.every((s) => s.spanContext().traceId === traceId)).toBe(true);

    const calls = spans.filter((s) => parentOf(s) === root.spanContext().spanId);
    const called = calls.map((s) => s.attributes['dost.subgraph']).sort();
    // The four registries S1 reads, and the service desk, asked for the case the purpose cites.
    expect(called).toEqual(['disability', 'pensions', 'people', 'services', 'unemployment']);
    for (const call of calls) {
      const served = spans.filter((s) => parentOf(s) === call.spanContext().spanId);
      expect(served.map((s) => s.name)).toEqual([
        `subgraph ${String(call.attributes['dost.subgraph'])}`,
      ]);
      const [request] = served;
      if (request === undefined) throw new Error('no subgraph span');
      // The operation the subgraph served, by name: the query plan's for the registries,
      // the gateway's own case lookup's for the service desk.
      expect(request.attributes['graphql.operation.name']).toMatch(
        call.attributes['dost.subgraph'] === 'services'
          ? /^CitedCase$/
          : new RegExp(`^OneWindow__${String(call.attributes['dost.subgraph'])}__\\d+$`),
      );
      expect(request.resource.attributes['service.name']).toBe(
        `dost-${String(call.attributes['dost.subgraph'])}`,
      );
      const statements = spans.filter((s) => parentOf(s) === request.spanContext().spanId);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.kind).toBe(SpanKind.CLIENT);
        expect(statement.name).toMatch(/^SELECT \w+$/);
        expect(statement.attributes['db.system.name']).toBe('sqlite');
      }
    }

    // No personal data anywhere in the trace: no FIN, no purpose, no SQL text or bindings.
    const said = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events]));
    expect(said).not.toContain(FIN);
    expect(said).not.toContain('APP-2026');
    expect(said).not.toMatch(/\bwhere\b|\?/i);

    // The access log's line for the request names the same trace.
    const lines = readFileSync(logFile, 'utf8').trim().split('\n');
    const last = JSON.parse(lines.at(-1) ?? '{}') as { traceId?: string };
    expect(last.traceId).toBe(traceId);
  });

  it("labels a subgraph span's operation name as the metrics do: no FIN-like name", async () => {
    exporter.reset();
    const token = await system.token({ role: 'operator', sub: 'op-17', centre: 'baku-1' });
    const result = await system.query(
      `query Look${FIN}($fin: FIN!) { citizen(fin: $fin) { fullName } }`,
      {
        token,
        variables: { fin: FIN },
        headers: { 'x-dost-purpose': STAFF_PURPOSE },
      },
    );
    expect(result.errors).toBeUndefined();
    const people = exporter.getFinishedSpans().filter((s) => s.name === 'subgraph people');
    expect(people.map((s) => s.attributes['graphql.operation.name'])).toEqual(['(other)']);
  });

  it('traces nothing that is not a GraphQL request', async () => {
    exporter.reset();
    const response = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/nowhere'));
    await response.arrayBuffer();
    expect(response.status).toBe(404);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('puts the trace id in error extensions', async () => {
    exporter.reset();
    const token = await system.token({ role: 'operator', sub: 'op-17', centre: 'baku-1' });
    const result = await system.query('{ citizen(fin: "5ZK7P2Q") { noSuchField } }', {
      token,
      headers: { 'x-dost-purpose': STAFF_PURPOSE },
    });
    const traceId = result.errors?.[0]?.extensions?.['traceId'];
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const root = exporter.getFinishedSpans().find((s) => parentOf(s) === undefined);
    expect(root?.spanContext().traceId).toBe(traceId);
  });
});
