import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DisclosureCollector } from '../../gateway/audit/DisclosureCollector.ts';
import { createSubgraphPool } from '../../gateway/datasource/createSubgraphPool.ts';
import { ResilientDataSource } from '../../gateway/datasource/ResilientDataSource.ts';
import { SigningDataSource } from '../../gateway/datasource/SigningDataSource.ts';
import type { GatewayContext } from '../../gateway/GatewayContext.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@dost/platform/internalToken.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { createTestKeys } from '../helpers/testKeys.ts';
import { RequestObservation } from '../../gateway/metrics/RequestObservation.ts';

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
const answerWith =
  (body: string, contentType = 'application/json; charset=utf-8', status = 200): Behaviour =>
  (_req, res) => {
    res.statusCode = status;
    res.setHeader('content-type', contentType);
    res.end(body);
  };
/** Sends the head and half a body, then never finishes. */
const stallMidBody: Behaviour = (_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.write('{"data":{"ok":');
};

/** A stand-in subgraph whose behaviour each test sets, counting what reaches it. */
function createFakeSubgraph() {
  const seen = {
    requests: 0,
    connections: 0,
    abandoned: 0,
    last: { headers: {} as IncomingMessage['headers'], body: '' },
  };
  let behaviour: Behaviour = answer;
  const server = createServer((req, res) => {
    seen.requests += 1;
    res.on('close', () => {
      if (!res.writableFinished) seen.abandoned += 1;
    });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.last = { headers: req.headers, body };
      behaviour(req, res);
    });
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
  context: object = {},
  query = '{ ok }',
  request: Record<string, unknown> = {},
): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    kind: 'health check',
    request: { query, ...request },
    context,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

/** A logger whose records the test reads: the failure class is only ever logged. */
function recordingLogger() {
  const records: { failure?: string }[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => records.push(JSON.parse(line)) });
  return { log, failures: () => records.map((record) => record.failure).filter(Boolean) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('how the gateway calls a subgraph', () => {
  const fake = createFakeSubgraph();
  const pool = createSubgraphPool({ keepAliveTimeoutMs: 10_000, connections: 8 });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await pool.close();
    fake.server.closeAllConnections();
    await new Promise((resolve) => fake.server.close(resolve));
  });
  beforeEach(() => {
    fake.behave(answer);
    Object.assign(fake.seen, { requests: 0, abandoned: 0 });
  });

  const source = (log = createLogger({ level: 'silent' })) =>
    new ResilientDataSource({
      name: 'pensions',
      url,
      dispatcher: pool.dispatcher,
      timeoutMs: 300,
      breaker: { volumeThreshold: 3, errorThresholdPercentage: 50, resetTimeoutMs: 400 },
      log,
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

  it('aborts a call whose answer stalls mid-body', async () => {
    fake.behave(stallMidBody);
    const { log, failures } = recordingLogger();
    await expect(source(log).process(call())).rejects.toMatchObject(
      unavailable(/did not answer in time/),
    );
    expect(failures()).toEqual(['timeout']);
    await expect.poll(() => fake.seen.abandoned).toBe(1);
  });

  it.each([
    ['a non-2xx status', 'bad-response', answerWith('{"data":{}}', 'application/json', 502)],
    ['a body that is not JSON', 'bad-response', answerWith('<html>ok</html>', 'text/html')],
    ['malformed JSON', 'bad-response', answerWith('{"data":{"ok":tru')],
    ['JSON that is no GraphQL response', 'bad-response', answerWith('[{"data":{}}]')],
    ['`errors` that are not a list', 'bad-response', answerWith('{"errors":"boom"}')],
    ['a dropped connection', 'unreachable', dropSocket],
    ['an answer too slow', 'timeout', hang],
  ])('logs %s as %s, and shows only REGISTRY_UNAVAILABLE', async (_name, failure, behaviour) => {
    fake.behave(behaviour);
    const { log, failures } = recordingLogger();
    await expect(source(log).process(call())).rejects.toMatchObject(unavailable(/pensions/));
    expect(failures()).toEqual([failure]);
  });

  it('logs a call made after the deadline as deadline, and one cut by it too', async () => {
    fake.behave(hang);
    const { log, failures } = recordingLogger();
    const pensions = source(log);
    await expect(pensions.process(call({ deadline: Date.now() - 1 }))).rejects.toThrow();
    await expect(pensions.process(call({ deadline: Date.now() + 50 }))).rejects.toThrow();
    expect(failures()).toEqual(['deadline', 'deadline']);
  });

  it('drains a failed answer’s body, so its connection is reused', async () => {
    // Larger than one socket read, so that it is still arriving when the status is known.
    fake.behave(answerWith(`{"errors":"${'x'.repeat(100_000)}"}`, 'application/json', 503));
    const before = fake.seen.connections;
    for (let i = 0; i < 6; i += 1) {
      await expect(source().process(call())).rejects.toMatchObject(unavailable(/unavailable/));
    }
    expect(fake.seen.connections - before).toBeLessThanOrEqual(2);
  });

  it('passes the subgraph’s own GraphQL errors through, with its partial data', async () => {
    const answered = {
      data: { ok: null },
      errors: [
        {
          message: 'The pensions registry is unavailable.',
          path: ['ok'],
          extensions: { code: 'REGISTRY_UNAVAILABLE' },
        },
      ],
      extensions: { other: 1 },
    };
    fake.behave(answerWith(JSON.stringify(answered), 'application/graphql-response+json'));
    await expect(source().process(call())).resolves.toEqual(answered);
  });

  it('posts the query, variables and operation name as JSON', async () => {
    const variables = { representations: [{ __typename: 'Citizen', fin: '5ZK7P2Q' }] };
    await source().process(
      call({}, 'query Q($representations: [_Any!]!) { ok }', {
        variables,
        operationName: 'Q',
      }),
    );
    expect(fake.seen.last.headers['content-type']).toBe('application/json');
    expect(JSON.parse(fake.seen.last.body)).toEqual({
      query: 'query Q($representations: [_Any!]!) { ok }',
      variables,
      operationName: 'Q',
    });
  });

  describe('signing for the caller', () => {
    const keys = createTestKeys();
    const identity: Identity = {
      actor: 'op-1',
      role: 'operator',
      fin: null,
      centre: 'baku-1',
      agency: null,
      scopes: [],
      purpose: 'SERVICE_APPLICATION:APP-1',
      requestId: 'req-signing-1',
    };
    const signing = () =>
      new SigningDataSource({
        name: 'pensions',
        url,
        key: keys.callKey('pensions'),
        dispatcher: pool.dispatcher,
        timeoutMs: 300,
        breaker: {},
        log: createLogger({ level: 'silent' }),
      });
    const requestContext = (): GatewayContext => ({
      identity,
      correlationId: null,
      disclosure: new DisclosureCollector(),
      deadline: Date.now() + 5_000,
      observed: new RequestObservation(),
    });

    it('sends a fresh header set: a token for this subgraph, the request id, JSON', async () => {
      const context = requestContext();
      await signing().process(call(context));
      const { headers, body } = fake.seen.last;
      const token = String(headers[INTERNAL_TOKEN_HEADER]);
      expect(
        verifyInternalToken(token, { key: keys.callKey('pensions'), audience: 'pensions', body })
          .identity,
      ).toEqual(identity);
      expect(headers['x-request-id']).toBe('req-signing-1');
      expect(headers['content-type']).toBe('application/json');
      expect(headers['authorization']).toBeUndefined();
    });

    it('signs every call afresh, for its own body, even within one request', async () => {
      const context = requestContext();
      const pensions = signing();
      await pensions.process(call(context));
      const first = fake.seen.last;
      await pensions.process(call(context));
      const second = fake.seen.last;
      const jtiOf = ({ headers, body }: typeof first) =>
        verifyInternalToken(String(headers[INTERNAL_TOKEN_HEADER]), {
          key: keys.callKey('pensions'),
          audience: 'pensions',
          body,
        }).jti;
      expect(second.headers[INTERNAL_TOKEN_HEADER]).not.toBe(first.headers[INTERNAL_TOKEN_HEADER]);
      expect(jtiOf(second)).not.toBe(jtiOf(first));
    });

    it('sends no identity on a call without a caller (a health check)', async () => {
      await signing().process(call());
      expect(fake.seen.last.headers[INTERNAL_TOKEN_HEADER]).toBeUndefined();
      expect(fake.seen.last.headers['x-request-id']).toBeUndefined();
    });

    it('moves the disclosure report into the request and out of the answer', async () => {
      fake.behave(
        answerWith(
          JSON.stringify({
            data: { ok: true },
            extensions: {
              dostDisclosure: { subjects: ['5ZK7P2Q'], fields: ['LabourPension.type'] },
              other: 1,
            },
          }),
        ),
      );
      const context = requestContext();
      const response = await signing().process(call(context));
      expect(response).toEqual({ data: { ok: true }, extensions: { other: 1 } });
      expect(context.disclosure.registries).toEqual(['pensions']);
      expect(context.disclosure.subjects).toEqual(['5ZK7P2Q']);
      expect(context.disclosure.fields).toEqual(['LabourPension.type']);
    });

    it('records nothing for a subgraph that failed', async () => {
      fake.behave(fail500);
      const context = requestContext();
      await expect(signing().process(call(context))).rejects.toMatchObject(
        unavailable(/unavailable/),
      );
      expect(context.disclosure.subjects).toEqual([]);
      expect(context.disclosure.registries).toEqual([]);
    });
  });
});
