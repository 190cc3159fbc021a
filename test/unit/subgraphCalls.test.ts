import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSubgraphFetcher } from '../../gateway/datasource/createSubgraphFetcher.ts';
import { ResilientDataSource } from '../../gateway/datasource/ResilientDataSource.ts';
import type { GatewayContext } from '../../gateway/GatewayContext.ts';
import { createLogger } from '../../platform/createLogger.ts';

type Behaviour = (req: IncomingMessage, res: ServerResponse) => void;

const SECRET_BODY = 'pool exhausted at http://10.1.2.3:4002: SELECT * FROM pensiya';
const answer: Behaviour = (_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end('{"data":{"ok":true}}');
};
const hang: Behaviour = () => undefined;
const fail500: Behaviour = (_req, res) => {
  res.statusCode = 500;
  res.end(SECRET_BODY);
};
const dropSocket: Behaviour = (req) => req.socket.destroy();

/** A stand-in subgraph whose behaviour each test sets, counting what reaches it. */
function createFakeSubgraph() {
  const seen = { requests: 0, connections: 0, abandoned: 0 };
  let behaviour: Behaviour = answer;
  const server = createServer((req, res) => {
    seen.requests += 1;
    res.on('close', () => {
      if (!res.writableFinished) seen.abandoned += 1;
    });
    req.resume();
    req.on('end', () => behaviour(req, res));
  });
  server.on('connection', () => {
    seen.connections += 1;
  });
  return {
    server,
    seen,
    behave(next: Behaviour) {
      behaviour = next;
    },
  };
}

/** A call as ApolloGateway makes it; the enum of kinds is not exported by @apollo/gateway. */
function call(
  context: Record<string, unknown> = {},
  query = '{ ok }',
): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    kind: 'health check',
    request: { query },
    context,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('how the gateway calls a subgraph', () => {
  const fake = createFakeSubgraph();
  const http = createSubgraphFetcher({ keepAliveTimeoutMs: 10_000, connections: 8 });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await http.close();
    fake.server.closeAllConnections();
    await new Promise((resolve) => fake.server.close(resolve));
  });
  beforeEach(() => {
    fake.behave(answer);
    Object.assign(fake.seen, { requests: 0, abandoned: 0 });
  });

  const source = () =>
    new ResilientDataSource({
      name: 'pensions',
      url,
      fetcher: http.fetcher,
      timeoutMs: 300,
      breaker: { volumeThreshold: 3, errorThresholdPercentage: 50, resetTimeoutMs: 400 },
      log: createLogger({ level: 'silent' }),
    });
  const unavailable = (message: RegExp) => ({
    message: expect.stringMatching(message) as unknown,
    extensions: { code: 'REGISTRY_UNAVAILABLE', registry: 'pensions' },
  });

  it('answers over kept-alive connections', async () => {
    const pensions = source();
    const before = fake.seen.connections;
    for (let i = 0; i < 10; i += 1) {
      await expect(pensions.process(call())).resolves.toMatchObject({ data: { ok: true } });
    }
    // undici may open a second socket while the first is handed back to the pool.
    expect(fake.seen.connections - before).toBeLessThanOrEqual(2);
  });

  it('aborts a call that outlasts its timeout and frees the socket', async () => {
    fake.behave(hang);
    const started = Date.now();
    await expect(source().process(call())).rejects.toMatchObject(
      unavailable(/did not answer in time/),
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect.poll(() => fake.seen.abandoned).toBe(1);
  });

  it('stops at the request deadline, and calls nothing once it has passed', async () => {
    fake.behave(hang);
    const started = Date.now();
    await expect(source().process(call({ deadline: Date.now() + 100 }))).rejects.toMatchObject(
      unavailable(/ran out of time/),
    );
    expect(Date.now() - started).toBeLessThan(300);
    const requests = fake.seen.requests;
    await expect(source().process(call({ deadline: Date.now() - 1 }))).rejects.toMatchObject(
      unavailable(/ran out of time/),
    );
    expect(fake.seen.requests).toBe(requests);
  });

  it('never shows a failing subgraph’s URL, status line or body', async () => {
    fake.behave(fail500);
    const error: unknown = await source()
      .process(call())
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject(unavailable(/^The pensions registry is unavailable\.$/));
    const shown = JSON.stringify(error) + String((error as Error).message);
    expect(shown).not.toMatch(/10\.1\.2\.3|127\.0\.0\.1|SELECT|pensiya|500|http/);
  });

  it('opens the circuit after repeated failures, then closes it after a trial succeeds', async () => {
    const pensions = source();
    fake.behave(fail500);
    for (let i = 0; i < 3; i += 1) {
      await expect(pensions.process(call())).rejects.toMatchObject(unavailable(/unavailable/));
    }
    const reached = fake.seen.requests;
    await expect(pensions.process(call())).rejects.toMatchObject(unavailable(/paused/));
    expect(fake.seen.requests).toBe(reached);
    fake.behave(answer);
    await sleep(450);
    await expect(pensions.process(call())).resolves.toMatchObject({ data: { ok: true } });
    await expect(pensions.process(call())).resolves.toMatchObject({ data: { ok: true } });
  });

  it('never retries: a failed call reaches the subgraph once, a mutation included', async () => {
    fake.behave(dropSocket);
    for (const query of ['{ ok }', 'mutation { record }']) {
      const before = fake.seen.requests;
      await expect(source().process(call({}, query))).rejects.toMatchObject(
        unavailable(/unavailable/),
      );
      await sleep(50);
      expect(fake.seen.requests - before).toBe(1);
    }
  });
});
