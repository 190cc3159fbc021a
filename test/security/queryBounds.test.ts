import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURPOSE_OF } from '../helpers/purposes.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { fragmentBomb } from '../helpers/fragmentBomb.ts';

// The caller is a pension officer: a basis of the fund's own, which binds no desk case.
const PURPOSE = { 'x-dost-purpose': PURPOSE_OF.pension_officer };
const GOOD = '{ citizen(fin: "7DMV4LA") { fullName disability { degree } } }';

/** `levels` hops of family → citizen under one citizen. */
function familyChain(levels: number): string {
  return `{ citizen(fin: "5ZK7P2Q") { ${'family { citizen { '.repeat(levels)}fin${' } }'.repeat(levels)} } }`;
}

// The bounds run before any registry is called, so the dialect does not matter.
const [sqlite] = testDialects();

describe('query bounds at the gateway', () => {
  let system: RunningSystem;
  let token: string;
  const ask = (query: string, variables?: Record<string, unknown>) =>
    system.query(query, { token, headers: PURPOSE, ...(variables ? { variables } : {}) });

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 120 });
    token = await system.token({
      sub: 'pension-officer-1',
      role: 'pension_officer',
      agency: 'DSMF',
    });
  });
  afterAll(() => system.close());

  const fields = (n: number, make: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => make(i)).join(' ');

  it.each([
    ['depth', familyChain(7), 'QUERY_TOO_DEEP'],
    [
      'aliases',
      `{ citizen(fin: "5ZK7P2Q") { ${fields(31, (i) => `a${i}: fin`)} } }`,
      'TOO_MANY_ALIASES',
    ],
    [
      'directives',
      `{ citizen(fin: "5ZK7P2Q") { ${fields(21, () => 'fin @include(if: true)')} } }`,
      'TOO_MANY_DIRECTIVES',
    ],
    ['tokens', `{ citizen(fin: "5ZK7P2Q") { ${fields(2_100, () => 'fin')} } }`, 'TOO_MANY_TOKENS'],
    [
      'root fields',
      `{ ${fields(11, (i) => `c${i}: citizen(fin: "5ZK7P2Q") { fin }`)} }`,
      'TOO_MANY_ROOT_FIELDS',
    ],
    [
      'cost',
      '{ citizen(fin: "5ZK7P2Q") { pension { labourPension { payments(first: 1000) { edges { node { period amount } } } } } } }',
      'QUERY_TOO_COSTLY',
    ],
  ])(
    'refuses a query over the %s limit with its own code and HTTP 400',
    async (_limit, query, code) => {
      const result = await ask(query);
      expect(result.status).toBe(400);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual([code]);
      const [error] = result.errors ?? [];
      expect(typeof error?.extensions?.['requestId']).toBe('string');
      // Armor's own text ("Syntax Error: Query depth limit of 12 exceeded, found 15.") never shows.
      expect(error?.message).not.toMatch(/Syntax Error|exceeded|found \d/);
      expect((await ask(GOOD)).errors).toBeUndefined();
    },
  );

  it('admits the heaviest legitimate shapes: 100 citizens at once, a full page of payments', async () => {
    const fins = await system.dbs.people('vetendas').orderBy('fin').limit(100).pluck('fin');
    expect(fins).toHaveLength(100);
    const queue = await ask(
      `query ($fins: [FIN!]!) { citizens(fins: $fins) { fin fullName family { relation citizen { fin birthDate } }
         pension { labourPension { type status amount } allowances { type amount } } disability { degree percent } } }`,
      { fins },
    );
    expect(queue.status).toBe(200);
    expect(queue.errors ?? []).toEqual([]);
    const page = await ask(
      `{ citizen(fin: "5ZK7P2Q") { family { citizen { fin } } pension { labourPension { capital
         payments(first: 100) { edges { cursor node { period amount paidOn } } pageInfo { hasNextPage endCursor } }
         changes(first: 100) { edges { cursor } } } } } }`,
    );
    expect(page.status).toBe(200);
    expect(page.errors ?? []).toEqual([]);
  });

  it.each([
    ['family hops', 'family'],
    ['cross-registry', 'cross'],
  ] as const)(
    'refuses a %s fragment bomb before planning, within a second',
    async (_name, shape) => {
      const started = Date.now();
      const result = await ask(fragmentBomb(20, shape));
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(result.status).toBe(400);
      const codes = result.errors?.map((e) => e.extensions?.['code']) ?? [];
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY']).toContain(code);
    },
  );

  it('hides field suggestions, in validation and in variable coercion', async () => {
    const misspelt = await ask('{ citizen(fin: "5ZK7P2Q") { fullNam } }');
    expect(misspelt.status).toBe(400);
    expect(JSON.stringify(misspelt.errors)).not.toMatch(/Did you mean|fullName/);
    const argument = await ask('{ citizen(fim: "5ZK7P2Q") { fin } }');
    expect(JSON.stringify(argument.errors)).not.toMatch(/Did you mean/);
    const input = await ask(
      'query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { cursor } } }',
      {
        f: { subjectFim: '5ZK7P2Q' },
      },
    );
    expect(input.errors?.[0]?.extensions?.['code']).toBeDefined();
    expect(JSON.stringify(input.errors)).not.toMatch(/Did you mean|subjectFin/);
  });

  it('denies introspection to anonymous callers and to citizens, also through __type', async () => {
    const anonymous = await system.query('{ __schema { queryType { name } } }', {
      headers: PURPOSE,
    });
    expect(anonymous.status).toBe(401);
    const citizen = await system.token({ sub: 'c-1', role: 'citizen', fin: '5ZK7P2Q' });
    const typeQuery = await system.query('{ __type(name: "Citizen") { fields { name } } }', {
      token: citizen,
    });
    expect(typeQuery.status).toBe(403);
    expect(typeQuery.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(typeQuery.data ?? null).toBeNull();
  });

  it('refuses HTTP batching', async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...PURPOSE },
      body: JSON.stringify([{ query: GOOD }, { query: GOOD }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...PURPOSE },
      body: JSON.stringify({ query: GOOD, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('query planning without the gateway bounds', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    const off = Number.POSITIVE_INFINITY;
    system = await startSystem(sqlite, {
      citizens: 20,
      gateway: {
        limits: {
          maxDepth: off,
          maxAliases: off,
          maxDirectives: off,
          maxTokens: off,
          maxRootFields: off,
          maxCost: off,
        },
      },
    });
  });
  afterAll(() => system.close());

  // @apollo/gateway 2.10.1+ counts a fragment tree's expansion before planning it; older
  // planners spent minutes on this shape. It must be refused quickly even with our bounds off.
  it.each(['family', 'cross'] as const)(
    'refuses a %s fragment bomb in the planner within seconds',
    async (shape) => {
      const token = await system.token({ sub: 'po-1', role: 'pension_officer', agency: 'DSMF' });
      const started = Date.now();
      const result = await system.query(fragmentBomb(30, shape), { token, headers: PURPOSE });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(result.status).toBe(400);
      expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual(['QUERY_TOO_COSTLY']);
      const good = await system.query(GOOD, { token, headers: PURPOSE });
      expect(good.errors).toBeUndefined();
    },
  );
});
