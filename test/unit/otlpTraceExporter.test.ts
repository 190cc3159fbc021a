import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '@dost/platform/env.ts';
import { tracingFromEnv } from '@dost/platform/tracing/tracingFromEnv.ts';

/** What a collector received: each POST's path, content type and JSON body. */
interface Received {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

describe('OTLP/HTTP export from the environment', () => {
  const received: Received[] = [];
  let collector: Server;
  let base: string;

  beforeAll(async () => {
    collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({
          path: req.url ?? '',
          contentType: req.headers['content-type'],
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => collector.close(resolve));
  });

  it('is off unless a collector is named', () => {
    expect(readEnv({}).otlpTracesUrl).toBeUndefined();
    expect(tracingFromEnv(readEnv({}), 'dost-gateway')).toBeNull();
  });

  it('takes the standard endpoint and appends the traces path', () => {
    const env = readEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' });
    expect(env.otlpTracesUrl).toBe('http://collector:4318/v1/traces');
    const ours = readEnv({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      DOST_OTEL_TRACES_URL: 'http://other:4318/v1/traces',
    });
    expect(ours.otlpTracesUrl).toBe('http://other:4318/v1/traces');
  });

  it('sends finished spans, batched, to the collector with the service name', async () => {
    const tracing = tracingFromEnv(
      readEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: base }),
      'dost-test-service',
    );
    if (tracing === null) throw new Error('tracing is off');
    tracing.tracer.startSpan('graphql OneWindow').end();
    // Shutdown flushes the batch: what a process does on SIGTERM.
    await tracing.shutdown();
    expect(received.map((r) => r.path)).toEqual(['/v1/traces']);
    expect(received[0]?.contentType).toMatch(/^application\/json/);
    const sent = JSON.stringify(received[0]?.body);
    expect(sent).toContain('graphql OneWindow');
    expect(sent).toContain('dost-test-service');
  });
});
