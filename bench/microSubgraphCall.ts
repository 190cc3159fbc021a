import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DisclosureCollector } from '../gateway/audit/DisclosureCollector.ts';
import { createSubgraphClients } from '../gateway/datasource/createSubgraphClients.ts';
import type { GatewayContext } from '../gateway/GatewayContext.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { INTERNAL_TOKEN_HEADER } from '@dost/platform/internalToken.ts';
import { STATIC_STAFF } from './benchIdentities.ts';

/*
 * Gateway CPU per subgraph call, nothing else: the real data source (breaker, time limits,
 * headers, disclosure extraction) calls a stand-in subgraph in a child process, so that
 * process.cpuUsage() here counts the calling side only. Every call signs its own internal
 * token (bound to its body), as the gateway's calls do, so the signature is counted here.
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

const SERVER = `
const body = ${JSON.stringify(ANSWER)};
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

const QUERY =
  'query Floor__pensions__1($representations:[_Any!]!){_entities(representations:$representations){...on Citizen{pension{labourPension{type status amount since}}}}}';

async function startStandIn(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  return {
    url: `http://127.0.0.1:${chunk.toString().trim()}/graphql`,
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

async function main(): Promise<void> {
  const standIn = await startStandIn();
  try {
    await measure(standIn.url);
  } finally {
    standIn.stop();
  }
}

async function measure(url: string): Promise<void> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const clients = createSubgraphClients({
    internalKey: privateKey,
    log: createLogger({ level: 'silent' }),
    subgraphUrls: { pensions: url },
    // The gateway's defaults (a 2 s call timeout) apply: their timers are part of the cost.
  });
  const source = clients.buildService({ name: 'pensions', url });
  const context: GatewayContext = {
    identity: STATIC_STAFF,
    correlationId: null,
    disclosure: new DisclosureCollector(),
    deadline: Date.now() + 600_000,
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
  await run(Math.min(calls, 5_000)); // Warm-up: JIT, pooled connections.
  const perCall: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.cpuUsage();
    const wall = performance.now();
    await run(calls);
    const used = process.cpuUsage(start);
    const micros = (used.user + used.system) / calls;
    perCall.push(micros);
    console.log(
      `run ${i + 1}: ${micros.toFixed(1)} µs CPU/call, ${(((performance.now() - wall) * 1000) / calls).toFixed(1)} µs wall/call`,
    );
  }
  perCall.sort((a, b) => a - b);
  console.log(
    `median ${perCall[Math.floor(perCall.length / 2)]?.toFixed(1)} µs CPU per call (${calls} calls, ${inFlight} in flight, header ${INTERNAL_TOKEN_HEADER})`,
  );
  await clients.close();
}

await main();
