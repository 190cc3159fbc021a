import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DisclosureCollector } from '../gateway/audit/DisclosureCollector.ts';
import { createSubgraphClients } from '../gateway/datasource/createSubgraphClients.ts';
import type { GatewayContext } from '../gateway/GatewayContext.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { generateInternalSecret } from '@dost/platform/internalCallKey.ts';
import { INTERNAL_TOKEN_HEADER } from '@dost/platform/internalToken.ts';
import { loadOrCreateDevIdentity } from '@dost/platform/tls/loadOrCreateDevTls.ts';
import { GATEWAY_CLIENT_NAME, type TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';
import { STATIC_STAFF } from './benchIdentities.ts';
import { RequestObservation } from '../gateway/metrics/RequestObservation.ts';

/*
 * Gateway CPU per subgraph call, nothing else: the real data source (breaker, time limits,
 * headers, disclosure extraction) calls a stand-in subgraph in a child process, so that
 * process.cpuUsage() here counts the calling side only. Every call signs its own internal
 * token (bound to its body), as the gateway's calls do, so the signature is counted here.
 * The same calls go over plain HTTP and over mutual TLS, run by run in turn, so the ratio
 * between them is what TLS costs the gateway per call, from one interleaved run.
 *
 *   npx tsx bench/microSubgraphCall.ts [calls=20000] [inFlight=8] [runs=5]
 */

const [calls = 20_000, inFlight = 8, runs = 5] = process.argv.slice(2).map(Number);

/** A pensions-like `_entities` answer with a disclosure report, as S1's calls get. */
const ANSWER = JSON.stringify({
  data: {
    _entities: [
      {
        pension: {
          labourPension: { type: 'AGE', status: 'ACTIVE', amount: 412.5, since: '2019-04-01' },
        },
      },
    ],
  },
  extensions: { dostDisclosure: { subjects: ['5ZK7P2Q'], fields: ['LabourPension.type'] } },
});

// The stand-in answers over plain HTTP, or over TLS demanding a client certificate of the
// CA, as a subgraph does (its certificate, key and CA come in DOST_STANDIN_TLS as JSON).
const SERVER = `
const body = ${JSON.stringify(ANSWER)};
const tls = process.env.DOST_STANDIN_TLS ? JSON.parse(process.env.DOST_STANDIN_TLS) : null;
const handle = (req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(body);
  });
};
const server = tls
  ? require('node:https').createServer({ ...tls, requestCert: true, rejectUnauthorized: true }, handle)
  : require('node:http').createServer(handle);
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

const QUERY =
  'query Floor__pensions__1($representations:[_Any!]!){_entities(representations:$representations){...on Citizen{pension{labourPension{type status amount since}}}}}';

async function startStandIn(tls: TlsIdentity | null): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', SERVER], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: tls === null ? {} : { DOST_STANDIN_TLS: JSON.stringify(tls) },
  });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  const scheme = tls === null ? 'http' : 'https';
  return {
    url: `${scheme}://127.0.0.1:${chunk.toString().trim()}/graphql`,
    stop: () => child.kill(),
  };
}

function callOptions(context: GatewayContext): GraphQLDataSourceProcessOptions<GatewayContext> {
  // The fields the data source reads; the executor's other fields are not consulted.
  return {
    kind: 'incoming operation',
    request: {
      query: QUERY,
      operationName: 'Floor__pensions__1',
      variables: { representations: [{ __typename: 'Citizen', fin: '5ZK7P2Q' }] },
    },
    // Apollo Server's real policy object; the stock data source narrows it per call.
    incomingRequestContext: { overallCachePolicy: { restrict: () => undefined } },
    context,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

/** One way of reaching the stand-in: its name in the output, and its running source. */
interface Transport {
  readonly name: string;
  readonly run: (count: number) => Promise<void>;
  readonly close: () => Promise<void>;
}

async function main(): Promise<void> {
  // A throw-away CA: the gateway's client certificate and the stand-in's server certificate.
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-micro-call-'));
  const gatewayTls = await loadOrCreateDevIdentity(dataDir, {
    name: GATEWAY_CLIENT_NAME,
    profile: 'client',
  });
  const serverTls = await loadOrCreateDevIdentity(dataDir, {
    name: 'stand-in',
    profile: 'server',
    hosts: ['127.0.0.1'],
  });
  const plain = await startStandIn(null);
  const mutual = await startStandIn(serverTls);
  const transports = [
    transport('plain HTTP', plain.url, undefined),
    transport('mutual TLS', mutual.url, gatewayTls),
  ];
  try {
    await measure(transports);
  } finally {
    await Promise.all(transports.map((t) => t.close()));
    plain.stop();
    mutual.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function transport(name: string, url: string, tls: TlsIdentity | undefined): Transport {
  const clients = createSubgraphClients({
    internalSecret: generateInternalSecret(),
    log: createLogger({ level: 'silent' }),
    subgraphUrls: { pensions: url },
    ...(tls === undefined ? {} : { subgraphTls: tls }),
    // The gateway's defaults (a 2 s call timeout) apply: their timers are part of the cost.
  });
  const source = clients.buildService({ name: 'pensions', url });
  const context: GatewayContext = {
    identity: STATIC_STAFF,
    correlationId: null,
    disclosure: new DisclosureCollector(),
    deadline: Date.now() + 600_000,
    observed: new RequestObservation(),
  };
  const run = async (count: number) => {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        next += 1;
        const response = await source.process(callOptions(context));
        if (response.data == null) throw new Error('no data');
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  };
  return { name, run, close: () => clients.close() };
}

/**
 * The transports take turns, run by run, so that whatever else the machine does falls on
 * both alike; each is warmed up first (JIT, pooled connections, TLS handshakes).
 */
async function measure(transports: readonly Transport[]): Promise<void> {
  for (const { run } of transports) await run(Math.min(calls, 5_000));
  const perCall = new Map<string, number[]>(transports.map((t) => [t.name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const { name, run } of transports) {
      const start = process.cpuUsage();
      const wall = performance.now();
      await run(calls);
      const used = process.cpuUsage(start);
      const micros = (used.user + used.system) / calls;
      perCall.get(name)?.push(micros);
      console.log(
        `run ${i + 1} ${name}: ${micros.toFixed(1)} µs CPU/call, ${(((performance.now() - wall) * 1000) / calls).toFixed(1)} µs wall/call`,
      );
    }
  }
  const medians = [...perCall].map(([name, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return [name, sorted[Math.floor(sorted.length / 2)] ?? NaN] as const;
  });
  for (const [name, median] of medians) {
    console.log(
      `${name}: median ${median.toFixed(1)} µs CPU per call (${calls} calls, ${inFlight} in flight, header ${INTERNAL_TOKEN_HEADER})`,
    );
  }
  const [base, other] = medians;
  if (base !== undefined && other !== undefined) {
    console.log(`${other[0]} / ${base[0]}: ${(other[1] / base[1]).toFixed(2)}×`);
  }
}

await main();
