import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { caseOf, startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** Error-level log lines of every component this file starts. */
const logged = vi.hoisted((): Record<string, unknown>[] => []);
vi.mock('@dost/platform/createLogger.ts', () => ({
  createLogger: () =>
    pino(
      { level: 'error' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logged.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      }),
    ),
}));

/** What must never reach a client: SQL, driver names, internal URLs, stack frames. */
const LEAKS = /select|sqlite|mysql|ER_|http:\/\/127\.|stacktrace|registry\.ts|at Object/i;
const SUMMARY = '{ citizen(fin: "7DMV4LA") { fullName disability { degree } } }';

type Misbehaviour = 'unknown code' | 'INTERNAL with detail' | 'HTML 502' | 'not JSON';

/** A disability "subgraph" that answers every call with the current misbehaviour. */
function misbehavingSubgraph(current: () => Misbehaviour): Server {
  const sql = "select icd10 from tse_diaqnoz where fin = '7DMV4LA' (mysql://root@127.0.0.1:3306)";
  return createServer((req, res) => {
    req.resume();
    const mode = current();
    if (mode === 'HTML 502') {
      res
        .writeHead(502, { 'content-type': 'text/html' })
        .end(`<h1>Bad gateway</h1><pre>${sql}</pre>`);
      return;
    }
    if (mode === 'not JSON') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(`SQLITE_ERROR ${sql}`);
      return;
    }
    const code = mode === 'unknown code' ? 'ER_NO_SUCH_TABLE' : 'INTERNAL';
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        data: { _entities: [null] },
        errors: [
          {
            message: `ER_NO_SUCH_TABLE: ${sql}`,
            path: ['_entities', 0, 'disability'],
            extensions: {
              code,
              sql,
              stacktrace: ['Error: at Object.<anonymous> (registry.ts:10)'],
            },
          },
        ],
      }),
    );
  });
}

// The error policy lives at the gateway's edge; SQLite keeps this fast.
const [sqlite] = testDialects();

describe('one error policy', () => {
  let system: RunningSystem;
  let fake: Server;
  let mode: Misbehaviour = 'unknown code';
  let auth: Record<string, string>;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    fake = misbehavingSubgraph(() => mode);
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
    system = await startSystem(sqlite, {
      citizens: 50,
      gateway: { subgraphUrls: { disability: url } },
    });
    const token = await system.token({ sub: 'op-1', role: 'operator', centre: 'baku-1' });
    auth = { authorization: `Bearer ${token}`, 'x-dost-purpose': caseOf('7DMV4LA') };
  });
  afterAll(async () => {
    await system.close();
    await new Promise((resolve) => fake.close(resolve));
  });

  async function post(body: BodyInit, headers: Record<string, string> = {}) {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth, ...headers },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      header: response.headers.get('x-request-id'),
      text,
      body: JSON.parse(text) as {
        data?: { citizen?: { fullName?: string } | null } | null;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  }

  it.each(['unknown code', 'INTERNAL with detail'] as const)(
    'shows a registry error with %s as INTERNAL, with the request id and no internals',
    async (misbehaviour) => {
      mode = misbehaviour;
      const result = await post(JSON.stringify({ query: SUMMARY }));
      expect(result.text).not.toMatch(LEAKS);
      const internal = result.body.errors?.find((e) => e.extensions?.['code'] === 'INTERNAL');
      expect(internal?.message).toBe('Something went wrong on our side.');
      expect(internal?.extensions?.['requestId']).toBe(result.header);
      expect(Object.keys(internal?.extensions ?? {}).sort()).toEqual(['code', 'requestId']);
      // The other registries' answer still arrives.
      expect(result.body.data?.citizen?.fullName).toMatch(/\S/);
      if (misbehaviour === 'unknown code') {
        // The detail the caller does not see is in the log, under the same id.
        const line = logged.find((l) => l['requestId'] === result.header);
        expect(line?.['msg']).toBe('masked internal error');
        expect(JSON.stringify(line)).toContain('ER_NO_SUCH_TABLE');
      }
    },
  );

  it.each(['HTML 502', 'not JSON'] as const)(
    'turns a registry answering %s into a coded error that leaks nothing',
    async (misbehaviour) => {
      mode = misbehaviour;
      const result = await post(JSON.stringify({ query: SUMMARY }));
      expect(result.text).not.toMatch(LEAKS);
      const codes = result.body.errors?.map((e) => e.extensions?.['code']) ?? [];
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(['INTERNAL', 'REGISTRY_UNAVAILABLE']).toContain(code);
      for (const error of result.body.errors ?? []) {
        expect(error.extensions?.['requestId']).toBe(result.header);
      }
    },
  );

  describe('errors before execution carry the request id too', () => {
    const cases: [string, BodyInit, Record<string, string>, number, string][] = [
      [
        'a body over the limit',
        JSON.stringify({ query: SUMMARY, pad: 'x'.repeat(200_000) }),
        {},
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      ['malformed JSON', '{"query": ', {}, 400, 'BAD_REQUEST'],
      [
        'invalid UTF-8',
        new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        {},
        400,
        'BAD_REQUEST',
      ],
      [
        'no token',
        JSON.stringify({ query: SUMMARY }),
        { authorization: '' },
        401,
        'UNAUTHENTICATED',
      ],
      [
        'a CSRF-suspect request',
        JSON.stringify({ query: SUMMARY }),
        { 'content-type': 'text/plain' },
        400,
        'BAD_REQUEST',
      ],
    ];
    it.each(cases)('%s', async (_case, body, headers, status, code) => {
      const result = await post(body, headers);
      expect(result.status).toBe(status);
      expect(result.header).toMatch(/^[0-9a-f-]{36}$/);
      expect(result.body.errors?.[0]?.extensions).toEqual({ code, requestId: result.header });
    });
  });

  it('names every answer by an id of its own, never one the caller chose', async () => {
    const first = await post('{', { 'x-request-id': 'client-chosen-0001' });
    const second = await post('{', { 'x-request-id': 'client-chosen-0001' });
    for (const answer of [first, second]) {
      expect(answer.header).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.body.errors?.[0]?.extensions?.['requestId']).toBe(answer.header);
    }
    // Two requests sending one id still get two.
    expect(second.header).not.toBe(first.header);
    const unsafe = await post('{', { 'x-request-id': 'bad id <script>alert(1)</script>' });
    expect(unsafe.header).toMatch(/^[0-9a-f-]{36}$/);
  });
});
