import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { ROOT_CONTEXT, SpanKind, trace, type Tracer } from '@opentelemetry/api';
import { createOtlpTraceExporter } from '@dost/platform/tracing/createOtlpTraceExporter.ts';
import { createTracing } from '@dost/platform/tracing/createTracing.ts';
import { noopTracer } from '../gateway/tracing/noopTracer.ts';
import { traceparentOf } from '../gateway/tracing/startSubgraphCallSpan.ts';

// The gateway's tracing work for one S1 request, alone and in a loop: a root span, four call
// spans with their traceparent, batched and serialized to OTLP/HTTP JSON for a local
// collector (which discards, in this process too, so its share is counted against tracing).
// Without the rest of the request, the figure is not drowned by the host's noise as the
// whole-gateway comparison (tracingCost.ts) is. `npx tsx bench/tracingSpanCost.ts`
const { values } = parseArgs({ options: { requests: { type: 'string', default: '20000' } } });
const requests = Number(values.requests);
const SUBGRAPHS = ['people', 'pensions', 'unemployment', 'disability'];

let receivedBytes = 0;
const collector = createServer((req, res) => {
  req.on('data', (chunk: Buffer) => (receivedBytes += chunk.length));
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});
await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;

function oneRequest(tracer: Tracer): void {
  const root = tracer.startSpan('graphql', { kind: SpanKind.SERVER });
  if (!root.isRecording()) return;
  const parent = trace.setSpan(ROOT_CONTEXT, root);
  for (const subgraph of SUBGRAPHS) {
    const call = tracer.startSpan(
      `call ${subgraph}`,
      { kind: SpanKind.CLIENT, attributes: { 'dost.subgraph': subgraph } },
      parent,
    );
    traceparentOf(call);
    call.end();
  }
  root.updateName('graphql OneWindow');
  root.setAttributes({
    'graphql.operation.name': 'OneWindow',
    'http.response.status_code': 200,
    'dost.role': 'operator',
    'dost.subgraphs': SUBGRAPHS,
  });
  root.end();
}

async function measure(tracer: Tracer, flush: () => Promise<void>): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < requests; i++) {
    oneRequest(tracer);
    // Let the batch processor export as a serving process would between requests.
    if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
  }
  await flush();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / requests;
}

const off = async () => measure(noopTracer, () => Promise.resolve());
const on = async () => {
  const tracing = createTracing({ serviceName: 'bench', exporter: createOtlpTraceExporter(url) });
  return measure(tracing.tracer, () => tracing.shutdown());
};
await off();
await on();
const results = { off: [] as number[], on: [] as number[] };
for (let round = 0; round < 5; round++) {
  results.off.push(await off());
  results.on.push(await on());
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`tracing work per S1 request (5 spans), ${requests} requests a round, 5 rounds`);
console.log(`off (no-op tracer): ${results.off.map((x) => x.toFixed(1)).join(' ')} µs`);
console.log(`on (OTLP/HTTP):     ${results.on.map((x) => x.toFixed(1)).join(' ')} µs`);
// Every span exported, none dropped by a full queue: the same bytes a request in each round.
console.log(`collector received ${(receivedBytes / (requests * 6)).toFixed(0)} bytes a request`);
console.log(
  `median off ${median(results.off).toFixed(1)} µs, on ${median(results.on).toFixed(1)} µs`,
);
collector.close();
