import { request } from 'undici';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistrySubgraph } from '@dost/subgraph-kit';
import { createLogger } from '@dost/platform/createLogger.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@dost/platform/internalToken.ts';
import type { Listening } from '@dost/platform/listen.ts';
import { createTracing, type Tracing } from '@dost/platform/tracing/createTracing.ts';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';
import { operator } from '../helpers/callSubgraph.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';
import { createTestKeys, type TestKeys } from '../helpers/testKeys.ts';

const [sqlite] = testDialects();
/** A trace an attacker would like the subgraph's spans (and its SQL) filed under. */
const FORGED_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const FORGED_PARENT = `00-${FORGED_TRACE}-00f067aa0ba902b7-01`;
const QUERY = '{ _service { sdl } }';

describe('a subgraph continues only the trace context the gateway signed', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let store: TestDb;
  let server: Listening;
  let gateway: TestKeys;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    const people = REGISTRY_SUBGRAPHS.people;
    store = await openTestRegistry(sqlite, people.database, people.migrations);
    gateway = createTestKeys();
    tracing = createTracing({ serviceName: 'dost-people', exporter, batch: false });
    server = await startRegistrySubgraph({
      subgraph: people,
      db: store.db,
      callKey: gateway.callKey('people'),
      log: createLogger({ level: 'silent' }),
      tracer: tracing.tracer,
    });
  });
  afterAll(async () => {
    await server.close();
    await store.cleanup();
    await tracing.shutdown();
  });

  const post = async (headers: Record<string, string>, body: string) => {
    const response = await request(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    await response.body.dump();
    return response.statusCode;
  };
  const body = JSON.stringify({ query: QUERY });

  it('continues the trace named in a token the gateway signed', async () => {
    exporter.reset();
    const token = signInternalToken(operator(), {
      key: gateway.callKey('people'),
      audience: 'people',
      body,
      traceparent: FORGED_PARENT,
    });
    expect(await post({ [INTERNAL_TOKEN_HEADER]: token }, body)).toBe(200);
    const [span] = exporter.getFinishedSpans();
    expect(span?.spanContext().traceId).toBe(FORGED_TRACE);
    expect(span?.parentSpanId).toBe('00f067aa0ba902b7');
  });

  it('ignores a traceparent header beside a genuine token', async () => {
    exporter.reset();
    const token = signInternalToken(operator(), {
      key: gateway.callKey('people'),
      audience: 'people',
      body,
    });
    expect(await post({ [INTERNAL_TOKEN_HEADER]: token, traceparent: FORGED_PARENT }, body)).toBe(
      200,
    );
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual(['subgraph people']);
    expect(spans[0]?.spanContext().traceId).not.toBe(FORGED_TRACE);
    expect(spans[0]?.parentSpanId).toBeUndefined();
  });

  it('opens no span for a token another key signed, whatever trace it names', async () => {
    exporter.reset();
    const forger = createTestKeys();
    const token = signInternalToken(operator(), {
      key: forger.callKey('people'),
      audience: 'people',
      body,
      traceparent: FORGED_PARENT,
    });
    expect(await post({ [INTERNAL_TOKEN_HEADER]: token }, body)).toBe(401);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('opens no span for a call with no token at all', async () => {
    exporter.reset();
    expect(await post({ traceparent: FORGED_PARENT }, body)).toBe(401);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
