import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import type { GraphQLResponse } from '../helpers/callSubgraph.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** DOST's published figures (issue 12), in seconds: what the seeded years must land near. */
const PUBLISHED = {
  2019: { service: 9 * 60 + 39, wait: 3 * 60 + 54 },
  2023: { service: 7 * 60 + 5, wait: 2 * 60 + 57 },
} as const;
const TOLERANCE_S = 5;

const STATS = `query Stats($centre: String!, $period: StatsPeriod!) {
  centreStats(centre: $centre, period: $period) {
    centre { code }
    from to visits servedVisits averageServiceTimeSeconds averageQueueWaitSeconds
    casesByStatus { status count }
    casesByDirection { direction { code } count }
  }
}`;

interface Stats {
  centre: { code: string };
  visits: number;
  servedVisits: number;
  averageServiceTimeSeconds: number | null;
  averageQueueWaitSeconds: number | null;
  casesByStatus: { status: string; count: number }[];
  casesByDirection: { direction: { code: string }; count: number }[];
}

const code = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['code'];
const yearOf = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
const countOf = <T extends { count: number }>(
  list: readonly T[] | undefined,
  match: (t: T) => boolean,
) => list?.find(match)?.count ?? 0;

let keys = 0;
const freshKey = () => `kpi-key-${String(++keys).padStart(6, '0')}`;

describe.each(testDialects())('centre KPIs through the gateway on $name', (dialect) => {
  let system: RunningSystem;
  let manager: string;
  let ganjaManager: string;
  let operator: string;
  let auditor: string;

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 40 });
    manager = await system.token({ sub: 'mgr-1', role: 'centre_manager', centre: 'baku-1' });
    ganjaManager = await system.token({ sub: 'mgr-9', role: 'centre_manager', centre: 'ganja' });
    operator = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    auditor = await system.token({ sub: 'dpo-1', role: 'auditor' });
  });
  afterAll(() => system.close());

  /** centreStats as `token`, with no X-Dost-Purpose: aggregates need none. */
  const stats = (token: string, centre: string, period: { from: string; to: string }) =>
    system.query<{ centreStats: Stats }>(STATS, { token, variables: { centre, period } });

  it.each([2019, 2023] as const)(
    'lands %i’s seeded averages within 5 s of the published figures',
    async (year) => {
      for (const [token, centre] of [
        [manager, 'baku-1'],
        [ganjaManager, 'ganja'],
      ] as const) {
        const result = await stats(token, centre, yearOf(year));
        expect(result.errors).toBeUndefined();
        const figures = result.data?.centreStats;
        expect(figures?.visits).toBeGreaterThan(500);
        expect(figures?.servedVisits).toBeLessThan(figures?.visits ?? 0);
        const service = figures?.averageServiceTimeSeconds ?? Number.NaN;
        const wait = figures?.averageQueueWaitSeconds ?? Number.NaN;
        expect(Math.abs(service - PUBLISHED[year].service)).toBeLessThanOrEqual(TOLERANCE_S);
        expect(Math.abs(wait - PUBLISHED[year].wait)).toBeLessThanOrEqual(TOLERANCE_S);
      }
    },
  );

  it('falls year on year between 2019 and 2023', async () => {
    const years = [2019, 2020, 2021, 2022, 2023];
    const results = await Promise.all(years.map((year) => stats(auditor, 'baku-1', yearOf(year))));
    const services = results.map((r) => r.data?.centreStats.averageServiceTimeSeconds ?? 0);
    expect([...services].sort((a, b) => b - a)).toEqual(services);
    expect(new Set(services).size).toBe(years.length);
  });

  it('refuses a centre manager another centre’s figures, and records the refusal', async () => {
    const result = await stats(ganjaManager, 'baku-1', yearOf(2023));
    expect(code(result)).toBe('FORBIDDEN');
    expect(result.data?.centreStats ?? null).toBeNull();
    const [record] = (await system
      .auditDb(AUDIT_TABLES.record)
      .where({ request_id: String(result.errors?.[0]?.extensions?.['requestId'] ?? '') })) as {
      outcome: string;
      subjects: string;
    }[];
    expect(record).toMatchObject({ outcome: 'DENIED', subjects: '[]' });
  });

  it('refuses operators, with a purpose or without', async () => {
    const bare = await stats(operator, 'baku-1', yearOf(2023));
    expect(code(bare)).toBe('FORBIDDEN');
    const cited = await system.query(STATS, {
      token: operator,
      headers: { 'x-dost-purpose': 'SERVICE_APPLICATION:APP-2026-000002' },
      variables: { centre: 'baku-1', period: yearOf(2023) },
    });
    expect(code(cited)).toBe('FORBIDDEN');
  });

  it('serves auditors any centre, with no purpose, and leaves no access record', async () => {
    const before = await system.auditDb(AUDIT_TABLES.record).count({ n: '*' }).first();
    const result = await stats(auditor, 'sheki', yearOf(2021));
    expect(result.errors).toBeUndefined();
    expect(result.data?.centreStats.centre.code).toBe('sheki');
    const after = await system.auditDb(AUDIT_TABLES.record).count({ n: '*' }).first();
    // Counts and averages name no one: nothing to put in anyone's access log.
    expect(Number(after?.['n'])).toBe(Number(before?.['n']));
  });

  it('answers an unknown centre or a bad period with BAD_USER_INPUT', async () => {
    expect(code(await stats(auditor, 'atlantis', yearOf(2023)))).toBe('BAD_USER_INPUT');
    const backwards = { from: '2023-12-31', to: '2023-01-01' };
    expect(code(await stats(auditor, 'baku-1', backwards))).toBe('BAD_USER_INPUT');
    const tooLong = { from: '2019-01-01', to: '2020-12-31' };
    expect(code(await stats(auditor, 'baku-1', tooLong))).toBe('BAD_USER_INPUT');
    expect(code(await stats(auditor, 'baku-1', { from: '2023-02-30', to: '2023-03-01' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('gives a centre manager no personal data, purpose or not', async () => {
    const result = await system.query<{ citizen: unknown }>(
      '{ citizen(fin: "5ZK7P2Q") { fullName } }',
      { token: manager, headers: { 'x-dost-purpose': 'SERVICE_APPLICATION:APP-2026-000002' } },
    );
    expect(code(result)).toBe('FORBIDDEN');
    expect(result.data?.citizen ?? null).toBeNull();
  });

  it('moves today’s KPIs when an operator serves 3HRT9WX at the window', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const period = { from: today, to: today };
    const before = (await stats(manager, 'baku-1', period)).data?.centreStats;
    const desk = (query: string, input: Record<string, unknown>, purpose: string) =>
      system.query<Record<string, { id?: string; reference?: string; status: string }>>(query, {
        token: operator,
        headers: { 'x-dost-purpose': purpose },
        variables: { input: { idempotencyKey: freshKey(), ...input } },
      });
    const opening = 'SERVICE_APPLICATION:APP-OPENING';
    const visitStep = `mutation Step($input: AdvanceVisitInput!) { advanceVisit(input: $input) { status } }`;
    const issued = await desk(
      `mutation Issue($input: IssueTicketInput!) { issueTicket(input: $input) { id status } }`,
      { serviceCode: 'EMP-05' },
      opening,
    );
    const visitId = issued.data?.['issueTicket']?.id;
    expect(visitId).toBeDefined();
    await desk(visitStep, { visitId, to: 'CALLED', window: 2 }, opening);
    await desk(visitStep, { visitId, to: 'SERVING' }, opening);
    const opened = await desk(
      `mutation Open($input: OpenCaseInput!) { openCase(input: $input) { reference status } }`,
      { fin: '3HRT9WX', serviceCode: 'EMP-05', visitId },
      opening,
    );
    const reference = opened.data?.['openCase']?.reference ?? '';
    const read = await system.query<{ citizen: { fullName: string } }>(
      '{ citizen(fin: "3HRT9WX") { fullName } }',
      { token: operator, headers: { 'x-dost-purpose': `SERVICE_APPLICATION:${reference}` } },
    );
    expect(read.errors).toBeUndefined();
    const advanced = await desk(
      `mutation Advance($input: AdvanceCaseInput!) { advanceCase(input: $input) { status } }`,
      { reference, to: 'SUBMITTED' },
      opening,
    );
    expect(advanced.data?.['advanceCase']?.status).toBe('SUBMITTED');
    const closed = await desk(visitStep, { visitId, to: 'CLOSED' }, opening);
    expect(closed.data?.['advanceVisit']?.status).toBe('CLOSED');

    const after = (await stats(manager, 'baku-1', period)).data?.centreStats;
    expect(after?.visits).toBe((before?.visits ?? 0) + 1);
    expect(after?.servedVisits).toBe((before?.servedVisits ?? 0) + 1);
    expect(after?.averageQueueWaitSeconds).not.toBeNull();
    expect(after?.averageServiceTimeSeconds).not.toBeNull();
    const submitted = (s: Stats | undefined) =>
      countOf(s?.casesByStatus, (c) => c.status === 'SUBMITTED');
    const employment = (s: Stats | undefined) =>
      countOf(s?.casesByDirection, (c) => c.direction.code === 'EMP');
    expect(submitted(after)).toBe(submitted(before) + 1);
    expect(employment(after)).toBe(employment(before) + 1);
  });
});
