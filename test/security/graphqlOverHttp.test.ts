import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOf, startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const SUMMARY = '{ citizen(fin: "7DMV4LA") { fullName disability { degree } } }';

interface Answer {
  status: number;
  type: string;
  body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
}

// GraphQL over HTTP is the gateway's edge only; SQLite keeps this fast.
const [sqlite] = testDialects();

describe('GraphQL over HTTP', () => {
  let system: RunningSystem;
  let auth: Record<string, string>;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 50 });
    const token = await system.token({ sub: 'op-1', role: 'operator', centre: 'baku-1' });
    auth = { authorization: `Bearer ${token}`, 'x-dost-purpose': caseOf('7DMV4LA') };
  });
  afterAll(() => system.close());

  async function call(init: {
    method?: string;
    query?: string;
    headers?: Record<string, string>;
    body?: string;
  }): Promise<Answer> {
    const { method = 'POST', query = SUMMARY, headers = {}, body } = init;
    const url =
      method === 'GET'
        ? `${system.gatewayUrl}?query=${encodeURIComponent(query)}`
        : system.gatewayUrl;
    const response = await fetch(url, {
      method,
      headers: {
        ...auth,
        ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(method === 'POST' ? { body: body ?? JSON.stringify({ query }) } : {}),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: (await response.json()) as Answer['body'],
    };
  }
  const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.['code'];

  describe('Accept negotiation', () => {
    it.each([
      [undefined, 'application/json'],
      ['application/json', 'application/json'],
      [GRAPHQL_RESPONSE, GRAPHQL_RESPONSE],
      [`${GRAPHQL_RESPONSE}, application/json;q=0.9`, GRAPHQL_RESPONSE],
      ['*/*', 'application/json'],
    ])('Accept %s → %s', async (accept, type) => {
      const answer = await call({ headers: accept === undefined ? {} : { accept } });
      expect(answer.status).toBe(200);
      expect(answer.type.startsWith(type)).toBe(true);
      expect(answer.body.errors).toBeUndefined();
    });

    it('answers 406 to an Accept it cannot meet', async () => {
      const answer = await call({ headers: { accept: 'application/xml' } });
      expect(answer.status).toBe(406);
      expect(code(answer)).toBe('BAD_REQUEST');
    });
  });

  describe(`status codes under ${GRAPHQL_RESPONSE}`, () => {
    const accept = { accept: GRAPHQL_RESPONSE };
    it.each([
      ['a syntax error', { query: '{ citizen(' }, 400, 'GRAPHQL_PARSE_FAILED'],
      ['a validation error', { query: '{ nope }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
      ['a malformed FIN', { query: '{ citizen(fin: "x") { fin } }' }, 400, 'BAD_USER_INPUT'],
      ['no purpose', { headers: { 'x-dost-purpose': '' } }, 403, 'PURPOSE_REQUIRED'],
      ['no token', { headers: { authorization: '' } }, 401, 'UNAUTHENTICATED'],
      ['an empty body', { body: '' }, 400, 'BAD_REQUEST'],
    ] as const)('%s is a request error: %s', async (_case, request, status, expected) => {
      const answer = await call({
        ...request,
        headers: { ...accept, ...('headers' in request ? request.headers : {}) },
      });
      expect(answer.status).toBe(status);
      expect(answer.type.startsWith(GRAPHQL_RESPONSE)).toBe(true);
      expect(code(answer)).toBe(expected);
      expect(answer.body.data).toBeUndefined();
    });

    it('keeps 200 for a partial result: data and a field error', async () => {
      const answer = await call({
        query: '{ citizen(fin: "7DMV4LA") { fullName disability { diagnoses { icd10 } } } }',
        headers: accept,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeDefined();
      expect(code(answer)).toBe('FORBIDDEN');
    });
  });

  describe('operations the graph does not serve', () => {
    it.each([
      ['a mutation that writes nothing', 'mutation { __typename }'],
      [
        'a mutation of two writes',
        'mutation M { a: issueTicket(input: { idempotencyKey: "key-0001" }) { id } ' +
          'b: issueTicket(input: { idempotencyKey: "key-0002" }) { id } }',
      ],
      ['a subscription', 'subscription { __typename }'],
      ['a subscription to data', 'subscription S { citizen(fin: "7DMV4LA") { fullName } }'],
    ])(
      'refuses %s with 400 OPERATION_NOT_SUPPORTED, and serves the next request',
      async (_case, query) => {
        for (const accept of ['application/json', GRAPHQL_RESPONSE]) {
          const answer = await call({ query, headers: { accept } });
          expect(answer.status).toBe(400);
          expect(code(answer)).toBe('OPERATION_NOT_SUPPORTED');
          expect(answer.body.data).toBeUndefined();
        }
        const next = await call({});
        expect(next.status).toBe(200);
        expect(next.body.errors).toBeUndefined();
      },
    );
  });

  describe('GET', () => {
    it('runs a query (with a preflight header)', async () => {
      const answer = await call({ method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    });

    it('refuses a mutation with 405', async () => {
      const answer = await call({
        method: 'GET',
        query: 'mutation { issueTicket(input: { idempotencyKey: "get-key-0001" }) { id } }',
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(answer.status).toBe(405);
      expect(code(answer)).toBe('BAD_REQUEST');
    });
  });

  describe('CSRF prevention', () => {
    it.each([
      ['GET without a preflight header', { method: 'GET' }],
      ['POST text/plain', { headers: { 'content-type': 'text/plain' } }],
      [
        'POST form-urlencoded',
        { headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      ],
      [
        'POST multipart/form-data',
        { headers: { 'content-type': 'multipart/form-data; boundary=x' } },
      ],
    ])('refuses %s with 400 before running anything', async (_case, request) => {
      const answer = await call(request);
      expect(answer.status).toBe(400);
      expect(code(answer)).toBe('BAD_REQUEST');
      expect(JSON.stringify(answer.body)).toMatch(/Cross-Site Request Forgery/);
      expect(answer.body.data).toBeUndefined();
    });

    it('accepts a GET that names its operation in x-apollo-operation-name', async () => {
      const answer = await call({
        method: 'GET',
        headers: { 'x-apollo-operation-name': 'Summary' },
      });
      expect(answer.status).toBe(200);
    });
  });
});
