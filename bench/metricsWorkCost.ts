import { parseArgs } from 'node:util';
import type { AuditRecord } from '@dost/audit-store/AuditEntry.ts';
import {
  createGatewayMetrics,
  type GatewayMetrics,
} from '../gateway/metrics/createGatewayMetrics.ts';
import { operationLabel } from '../gateway/metrics/labels.ts';
import { noopGatewayMetrics } from '../gateway/metrics/noopGatewayMetrics.ts';
import { RequestObservation } from '../gateway/metrics/RequestObservation.ts';

// The gateway's metrics work for one S1 request, alone and in a loop (as tracingSpanCost.ts
// does for tracing): the request's counter and histogram, five subgraph calls (four
// registries and the service desk's case lookup) and one audit batch per request. One batch
// per request is the worst case: group commit puts several requests' records in one batch
// under load. The RequestObservation (the access log's) is made in both modes, so only the
// metrics differ. Without the rest of the request the figure is not drowned by the host's
// noise as the whole-gateway comparison (metricsCost.ts) is. Then the CPU of one scrape.
// `npx tsx bench/metricsWorkCost.ts [--requests 20000]`
const { values } = parseArgs({ options: { requests: { type: 'string', default: '20000' } } });
const requests = Number(values.requests);
const SUBGRAPHS = ['services', 'people', 'pensions', 'unemployment', 'disability'];
// A batch of one record: only its length is read (createGatewayMetrics' auditBatch).
const ONE_RECORD: readonly AuditRecord[] = new Array<AuditRecord>(1);

async function oneRequest(metrics: GatewayMetrics): Promise<void> {
  const observed = new RequestObservation();
  observed.operation = 'OneWindow';
  const context = { observed };
  for (const subgraph of SUBGRAPHS) {
    metrics.subgraphCalls.callEnded(subgraph, 0.0012, null, context);
  }
  const committed = Promise.resolve(ONE_RECORD);
  metrics.auditBatch(committed);
  await committed;
  metrics.requestEnded({
    operation: operationLabel(observed.operation),
    outcome: 'OK',
    role: 'operator',
    seconds: (performance.now() - observed.started) / 1000,
  });
}

async function measure(metrics: GatewayMetrics): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < requests; i++) await oneRequest(metrics);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / requests;
}

const on = createGatewayMetrics({ processMetrics: true });
const off = noopGatewayMetrics();
await measure(off);
await measure(on);
const results = { off: [] as number[], on: [] as number[] };
for (let round = 0; round < 5; round++) {
  results.off.push(await measure(off));
  results.on.push(await measure(on));
}
const scrapes: number[] = [];
let bytes = 0;
for (let i = 0; i < 20; i++) {
  const started = process.cpuUsage();
  bytes = (await on.registry.metrics()).length;
  const used = process.cpuUsage(started);
  scrapes.push(used.user + used.system);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`metrics work per S1 request, ${requests} requests a round, 5 rounds`);
console.log(`off (no port, no-op):  ${results.off.map((x) => x.toFixed(2)).join(' ')} µs`);
console.log(`on (prom-client):      ${results.on.map((x) => x.toFixed(2)).join(' ')} µs`);
console.log(
  `median off ${median(results.off).toFixed(2)} µs, on ${median(results.on).toFixed(2)} µs`,
);
console.log(`one scrape (${bytes} bytes): ${median(scrapes).toFixed(0)} µs CPU (median of 20)`);
// prom-client's process collectors hold an event-loop delay monitor; let the process exit.
process.exit(0);
