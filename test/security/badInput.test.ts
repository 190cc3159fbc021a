import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { fragmentBomb } from '../helpers/fragmentBomb.ts';
import { rawRequest, type RawReply, type RawRequest } from '../helpers/rawRequest.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import { caseOf, startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** Text that would mean internals reached the caller. */
const LEAKS = [
  /\bselect\b|\binsert\b|sqlite|mysql|mariadb|knex|http:\/\/127\.|stacktrace|\bat [\w.<>]+ \(|\.ts:\d+/i,
  // Driver error codes, upper case only: `BAD_USER_INPUT` must not match.
  /\bER_[A-Z_]+|SQLITE_[A-Z]/,
];

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE vetendas; --",
  '" OR ""="',
  '1) OR (1=1',
  "\\'; SELECT SLEEP(5); --",
  "%' --",
  "admin'/*",
  'x\u0000y',
];

type Who = 'operator' | 'pension_officer' | 'auditor' | 'citizen' | 'nobody';

interface Case {
  /** What the request sends (defaults: a JSON POST as `who` with a purpose). */
  readonly send: RawRequest & { who?: Who; json?: unknown };
  /** Acceptable HTTP statuses. */
  readonly status: number | readonly number[];
  /** Acceptable error codes; every error must have one. Empty: the request must succeed. */
  readonly codes: readonly string[];
}

const gql = (query: string, variables?: Record<string, unknown>): unknown => ({
  query,
  ...(variables === undefined ? {} : { variables }),
});

const BAD_REQUEST: Omit<Case, 'send'> = { status: 400, codes: ['BAD_REQUEST'] };
const BAD_INPUT: Omit<Case, 'send'> = { status: [200, 400], codes: ['BAD_USER_INPUT'] };

function cases(): [string, Case][] {
  const list: [string, Case][] = [];
  const add = (name: string, send: Case['send'], outcome: Omit<Case, 'send'>) =>
    list.push([name, { send, ...outcome }]);

  // Malformed JSON and request shapes.
  for (const body of ['{', '{"query": }', '{"query":"{ __typename }"} trailing', "{'query': 1}"]) {
    add(`malformed JSON ${body}`, { body }, BAD_REQUEST);
  }
  for (const json of [
    null,
    [],
    'text',
    42,
    { query: 42 },
    { query: null },
    {},
    { query: '{ __typename }', variables: 'x' },
    { query: '{ __typename }', extensions: [] },
  ]) {
    add(`request body ${JSON.stringify(json)}`, { json }, BAD_REQUEST);
  }
  add(
    'JSON nested 100 000 deep',
    { body: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
    { status: [400, 413], codes: ['BAD_REQUEST', 'PAYLOAD_TOO_LARGE'] },
  );

  // Wrong content types.
  for (const type of [
    'text/plain',
    'application/graphql',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
  ]) {
    add(
      `content type ${type}`,
      { json: gql('{ __typename }'), headers: { 'content-type': type } },
      BAD_REQUEST,
    );
  }
  add(
    'no content type',
    { json: gql('{ __typename }'), headers: { 'content-type': '' } },
    BAD_REQUEST,
  );

  // Huge bodies.
  const big = JSON.stringify(gql('{ __typename }', { pad: 'x'.repeat(300_000) }));
  const tooLarge = { status: 413, codes: ['PAYLOAD_TOO_LARGE'] } as const;
  add('300 KB body', { body: big }, tooLarge);
  add('300 KB chunked body (no length)', { body: big, chunks: 30 }, tooLarge);
  add(
    'declared 1 GB body',
    {
      body: '{}',
      headers: { 'content-type': 'application/json', 'content-length': String(2 ** 30) },
    },
    tooLarge,
  );
  add(
    'headers over 16 KB',
    { json: gql('{ __typename }'), headers: { 'x-filler': 'x'.repeat(20_000) } },
    { status: 431, codes: ['BAD_REQUEST'] },
  );

  // Invalid UTF-8.
  for (const [name, bytes] of [
    ['lone continuation byte', [0x80]],
    ['overlong slash', [0xc0, 0xaf]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['truncated sequence', [0xe2, 0x82]],
    ['0xFF', [0xff]],
  ] as const) {
    const body = Buffer.concat([
      Buffer.from('{"query":"{ citizen(fin: \\"'),
      Buffer.from(bytes),
      Buffer.from('\\") { fin } }"}'),
    ]);
    add(`invalid UTF-8: ${name}`, { body }, BAD_REQUEST);
  }

  // Bad FINs, as literals and as variables.
  for (const fin of [
    '',
    'x',
    '5ZK7P2QQ',
    '5zk7p2q',
    '5ZK7P2O',
    'IIIIIII',
    '５ZK7P2Q',
    '5ZK7P2\n',
    'A'.repeat(50_000),
  ]) {
    add(
      `bad FIN literal ${JSON.stringify(fin.slice(0, 12))}`,
      { json: gql(`{ citizen(fin: ${JSON.stringify(fin)}) { fin } }`) },
      BAD_INPUT,
    );
    add(
      `bad FIN variable ${JSON.stringify(fin.slice(0, 12))}`,
      { json: gql('query ($f: [FIN!]!) { citizens(fins: $f) { fin } }', { f: ['5ZK7P2Q', fin] }) },
      BAD_INPUT,
    );
  }
  for (const value of [123, true, { fin: '5ZK7P2Q' }, ['5ZK7P2Q']]) {
    add(
      `FIN of type ${typeof value}`,
      { json: gql('query ($f: FIN!) { citizen(fin: $f) { fin } }', { f: value }) },
      { status: 400, codes: ['BAD_USER_INPUT', 'BAD_REQUEST'] },
    );
  }

  // SQL injection in every string argument and header.
  for (const text of INJECTIONS) {
    const short = JSON.stringify(text);
    add(
      `injection in citizen(fin:) ${short}`,
      { json: gql('query ($f: FIN!) { citizen(fin: $f) { fin } }', { f: text }) },
      BAD_INPUT,
    );
    add(
      `injection in citizens(fins:) ${short}`,
      { json: gql('query ($f: [FIN!]!) { citizens(fins: $f) { fin } }', { f: [text] }) },
      BAD_INPUT,
    );
    add(
      `injection in auditLog subjectFin ${short}`,
      {
        who: 'auditor',
        json: gql('query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { cursor } } }', {
          f: { subjectFin: text },
        }),
      },
      BAD_INPUT,
    );
    add(
      `injection in auditLog actor ${short}`,
      {
        who: 'auditor',
        json: gql(
          'query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { requestId } } } }',
          { f: { actor: text } },
        ),
      },
      { status: 200, codes: [] },
    );
    for (const bound of ['from', 'to']) {
      add(
        `injection in auditLog ${bound} ${short}`,
        {
          who: 'auditor',
          json: gql('query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { cursor } } }', {
            f: { [bound]: `2026-01-01T00:00:00Z${text}` },
          }),
        },
        BAD_INPUT,
      );
    }
    add(
      `injection in auditLog cursor ${short}`,
      {
        who: 'auditor',
        json: gql('query ($a: String) { auditLog(after: $a) { edges { cursor } } }', { a: text }),
      },
      BAD_INPUT,
    );
    add(
      `injection in payments cursor ${short}`,
      {
        who: 'pension_officer',
        json: gql(
          'query ($a: String) { citizen(fin: "5ZK7P2Q") { pension { labourPension { payments(first: 2, after: $a) { edges { cursor } } } } } }',
          { a: text },
        ),
      },
      BAD_INPUT,
    );
    add(
      `injection in accessLog cursor ${short}`,
      {
        who: 'citizen',
        json: gql('query ($a: String) { me { accessLog(after: $a) { edges { cursor } } } }', {
          a: text,
        }),
      },
      BAD_INPUT,
    );
    // A header cannot carry NUL; every other string goes in as it is.
    if (!text.includes('\u0000')) {
      add(
        `injection in the purpose header ${short}`,
        {
          json: gql('{ citizen(fin: "5ZK7P2Q") { fin } }'),
          headers: { 'x-dost-purpose': `SERVICE_APPLICATION:${text}` },
        },
        { status: 403, codes: ['PURPOSE_REQUIRED'] },
      );
    }
    add(
      `injection in the token ${short}`,
      {
        json: gql('{ __typename }'),
        headers: { authorization: `Bearer ${encodeURIComponent(text)}` },
      },
      { status: 401, codes: ['UNAUTHENTICATED'] },
    );
  }

  // Negative or huge `first`, invalid cursors.
  const payments = (first: string) =>
    `{ citizen(fin: "5ZK7P2Q") { pension { labourPension { payments(first: ${first}) { edges { cursor } } } } } }`;
  for (const first of ['-1', '101'])
    add(
      `payments(first: ${first})`,
      { who: 'pension_officer', json: gql(payments(first)) },
      BAD_INPUT,
    );
  add(
    'payments(first: 2147483647)',
    { who: 'pension_officer', json: gql(payments('2147483647')) },
    { status: 400, codes: ['QUERY_TOO_COSTLY'] },
  );
  for (const first of ['2147483648', '1.5', '"10"', 'null']) {
    // A literal past Int is also priced by the cost rule before graphql-js refuses it.
    add(
      `payments(first: ${first})`,
      { who: 'pension_officer', json: gql(payments(first)) },
      first === 'null'
        ? { status: 200, codes: [] }
        : { status: 400, codes: ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COSTLY'] },
    );
  }
  for (const first of [-2_147_483_648, 1e9, 101]) {
    add(
      `auditLog(first: $n = ${first})`,
      {
        who: 'auditor',
        json: gql('query ($n: Int) { auditLog(first: $n) { edges { cursor } } }', { n: first }),
      },
      BAD_INPUT,
    );
  }
  add(
    'auditLog(first: $n = 1e12)',
    {
      who: 'auditor',
      json: gql('query ($n: Int) { auditLog(first: $n) { edges { cursor } } }', { n: 1e12 }),
    },
    { status: [200, 400], codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'] },
  );
  for (const cursor of [
    '',
    'abc',
    Buffer.from('v1:-1').toString('base64url'),
    Buffer.from(`v1:${'9'.repeat(40)}`).toString('base64url'),
    Buffer.from('v2:1').toString('base64url'),
    '%%%',
    'x'.repeat(5_000),
  ]) {
    add(
      `invalid cursor ${JSON.stringify(cursor.slice(0, 16))}`,
      {
        who: 'auditor',
        json: gql('query ($a: String) { auditLog(after: $a) { edges { cursor } } }', { a: cursor }),
      },
      BAD_INPUT,
    );
  }

  // Depth, alias, directive and fragment bombs.
  const deep = `{ ${'a { '.repeat(5_000)}b${' }'.repeat(5_000)} }`;
  add('5 000-level nesting', { json: gql(deep) }, { status: 400, codes: ['TOO_MANY_TOKENS'] });
  add(
    'family chain 10 deep',
    {
      json: gql(
        `{ citizen(fin: "5ZK7P2Q") { ${'family { citizen { '.repeat(10)}fin${' } }'.repeat(10)} } }`,
      ),
    },
    { status: 400, codes: ['QUERY_TOO_DEEP'] },
  );
  add(
    '200 aliases',
    {
      json: gql(
        `{ citizen(fin: "5ZK7P2Q") { ${Array.from({ length: 200 }, (_, i) => `a${i}: fullName`).join(' ')} } }`,
      ),
    },
    { status: 400, codes: ['TOO_MANY_ALIASES'] },
  );
  add(
    'alias bomb at the root',
    {
      json: gql(
        `{ ${Array.from({ length: 100 }, (_, i) => `c${i}: citizen(fin: "5ZK7P2Q") { fin }`).join(' ')} }`,
      ),
    },
    { status: 400, codes: ['TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS'] },
  );
  add(
    '100 directives',
    { json: gql(`{ citizen(fin: "5ZK7P2Q") { ${'fin @skip(if: false) '.repeat(100)} } }`) },
    { status: 400, codes: ['TOO_MANY_DIRECTIVES'] },
  );
  add(
    'fragment bomb',
    { json: gql(fragmentBomb(25, 'cross')) },
    { status: 400, codes: ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY'] },
  );
  add(
    'fragment cycle',
    {
      json: gql(
        '{ citizen(fin: "5ZK7P2Q") { ...A } } fragment A on Citizen { family { citizen { ...B } } } fragment B on Citizen { family { citizen { ...A } } }',
      ),
    },
    { status: 400, codes: ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY'] },
  );
  add(
    'two anonymous operations',
    { json: gql('{ __typename } { __typename }') },
    { status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] },
  );
  add(
    'unknown operationName',
    { json: { query: 'query A { __typename }', operationName: "B' OR 1=1" } },
    BAD_REQUEST,
  );
  add(
    'two named operations, no operationName',
    { json: gql('query A { __typename } query B { __typename }') },
    BAD_REQUEST,
  );

  // 10 000 variables. Any 10 000 of them exceed the 100 KB body limit; 5 000 declared are
  // refused by the token limit, and 5 000 undeclared values are ignored, as graphql-js does.
  const declare = (n: number) => Array.from({ length: n }, (_, i) => `$v${i}: Int`).join(' ');
  const values = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, i]));
  add(
    '10 000 declared variables',
    { json: gql(`query (${declare(10_000)}) { __typename }`) },
    tooLarge,
  );
  add(
    '5 000 declared variables',
    { json: gql(`query (${declare(5_000)}) { __typename }`) },
    { status: 400, codes: ['TOO_MANY_TOKENS'] },
  );
  add('10 000 variable values', { json: gql('{ __typename }', values(10_000)) }, tooLarge);
  add(
    '5 000 undeclared variable values',
    { json: gql('{ __typename }', values(5_000)) },
    {
      status: 200,
      codes: [],
    },
  );
  add(
    '10 000 FINs in one list',
    {
      json: gql('query ($f: [FIN!]!) { citizens(fins: $f) { fin } }', {
        f: Array.from({ length: 10_000 }, () => '5ZK7P2Q'),
      }),
    },
    // 100 KB of FINs just fits; the people registry takes at most 100 per call.
    { status: 200, codes: ['BAD_USER_INPUT'] },
  );
  return list;
}

describe.each(testDialects())('bad input on $name', (dialect) => {
  let system: RunningSystem;
  const tokens = new Map<Who, string>();
  let peopleRows = 0;

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 50, gateway: { rateLimit: false } });
    tokens.set('operator', await system.token({ sub: 'op-1', role: 'operator', centre: 'baku-1' }));
    tokens.set(
      'pension_officer',
      await system.token({ sub: 'po-1', role: 'pension_officer', agency: 'DSMF' }),
    );
    tokens.set('auditor', await system.token({ sub: 'au-1', role: 'auditor' }));
    tokens.set('citizen', await system.token({ sub: 'c-1', role: 'citizen', fin: '5ZK7P2Q' }));
    peopleRows = await countRows();
  });
  afterAll(() => system.close());

  async function countRows(): Promise<number> {
    const [row] = (await system.dbs.people('vetendas').count({ n: '*' })) as {
      n: number | string;
    }[];
    return Number(row?.n);
  }

  function send({
    who = 'operator',
    json,
    headers = {},
    body,
    ...rest
  }: Case['send']): Promise<RawReply> {
    const token = who === 'nobody' ? undefined : tokens.get(who);
    return rawRequest(system.gatewayUrl, {
      ...rest,
      body: body ?? (json === undefined ? undefined : JSON.stringify(json)),
      headers: withoutEmpty({
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(who === 'nobody' ? { 'x-dost-purpose': STAFF_PURPOSE } : purposeHeader(who)),
        ...headers,
      }),
    });
  }

  const all = cases();

  it(`tries ${all.length} bad inputs`, () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all)('%s', async (_name, { send: request, status, codes }) => {
    const reply = await send(request);
    expect([status].flat()).toContain(reply.status);
    for (const leak of LEAKS) expect(reply.text).not.toMatch(leak);
    const body = JSON.parse(reply.text) as {
      errors?: { extensions?: { code?: string; requestId?: string } }[];
    };
    const errors = body.errors ?? [];
    if (codes.length === 0) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(codes).toContain(error.extensions?.code);
      expect(error.extensions?.requestId).toMatch(/\S/);
    }
    // The server keeps serving.
    const good = await send({
      json: gql('{ citizen(fin: "7DMV4LA") { fullName disability { degree } } }'),
      headers: { 'x-dost-purpose': caseOf('7DMV4LA') },
    });
    expect(good.status).toBe(200);
    expect((JSON.parse(good.text) as { errors?: unknown }).errors).toBeUndefined();
  });

  it('refuses a bad literal every time, though passing documents are remembered', async () => {
    const bad = { json: gql('{ citizen(fin: "5ZK7P2O") { fin } }') };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const reply = await send(bad);
      expect(reply.status).toBe(400);
      expect(reply.text).toContain('BAD_USER_INPUT');
    }
  });

  it('left every table in place', async () => {
    expect(await countRows()).toBe(peopleRows);
    expect(await system.auditDb(AUDIT_TABLES.head).count({ n: '*' })).toHaveLength(1);
  });
});

function withoutEmpty(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));
}
