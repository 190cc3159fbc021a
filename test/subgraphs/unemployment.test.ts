import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@dost/platform/roles.ts';
import { DISCLOSURE_EXTENSION } from '@dost/platform/disclosureReport.ts';
import type { UnemploymentProfile } from '../../seed/synthetic/CitizenProfile.ts';
import { buildProfile } from '../helpers/buildProfile.ts';
import { errorCodes, operator, type GraphQLResponse } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** Registered unemployed, on benefit, with contracts, offers and programmes. */
const REGISTERED = '5ZK7P2Q';
/** Known to the population registry, never registered with the employment service. */
const NOT_REGISTERED = '3HRT9WX';
/** Fifty more registered citizens, for the statement count. */
const MANY = Array.from({ length: 50 }, (_, k) => `Q${String(k + 2).padStart(6, '0')}`);

function record(index: number): UnemploymentProfile {
  const b = (index + 1) * 100; // every id of this citizen lies in [b, b + 100)
  return {
    registrationId: b,
    status: 'UNEMPLOYED',
    registeredOn: '2025-09-01',
    statusHistory: [
      { id: b + 1, status: 'JOBSEEKER', from: '2025-09-01', reason: 'Elektron müraciət' },
      { id: b + 2, status: 'SUSPENDED', from: '2025-10-01', reason: 'İctimai işlərə cəlb olunub' },
      { id: b + 3, status: 'UNEMPLOYED', from: '2025-12-01', reason: 'İşsiz kimi tanınıb' },
    ],
    contracts: [
      contract(b + 11, 'Azərişıq ASC', 'Elektrik montyoru', '2012-03-01', '2016-06-30'),
      contract(b + 12, 'Bakı Metropoliteni QSC', 'Çilingər', '2016-08-01', '2020-02-29'),
      contract(b + 13, 'Şəki-İpək MMC', 'Növbə rəisi', '2020-04-01', '2025-08-20'),
      {
        ...contract(b + 14, 'Təmiz Şəhər ASC', 'abadlıq fəhləsi', '2025-10-01', '2025-11-30'),
        terminationArticle: null,
        monthlyWage: 40_000,
        programmeId: b + 42,
      },
    ],
    offers: [
      offer(b + 21, '2025-09-20', 'REFUSED', false),
      offer(b + 22, '2025-10-20', 'REFUSED', true),
      offer(b + 23, '2025-12-10', 'PENDING', null),
    ],
    benefit: {
      decisionId: b,
      decidedOn: '2025-09-10',
      averageWage: 80_000,
      insuredMonthsLast24: 20,
      dependentChildren: 1,
      rateBp: 5500,
      monthlyAmount: 44_000,
      startsOn: '2025-09-15',
      endsOn: '2026-06-14',
      status: 'PAYING',
      payments: ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01'].map((month, m) => ({
        id: b + 31 + m,
        period: `${month}-01`,
        paidOn: `${month}-20`,
        amount: 44_000,
      })),
    },
    programmes: [
      {
        id: b + 41,
        kind: 'TRAINING',
        name: 'Peşə hazırlığı',
        startedOn: '2025-09-05',
        endsOn: '2025-09-30',
        status: 'COMPLETED',
        detail: 'Kompüter operatoru kursu',
      },
      {
        id: b + 42,
        kind: 'PUBLIC_WORKS',
        name: 'İşsizin dostu',
        startedOn: '2025-10-01',
        endsOn: '2025-11-30',
        status: 'ACTIVE',
        detail: 'Bakı Abadlıq Xidməti: yaşıllaşdırma işçisi',
      },
      {
        id: b + 43,
        kind: 'SELF_EMPLOYMENT',
        name: 'Özünüməşğulluq proqramı',
        startedOn: '2023-01-10',
        endsOn: '2025-02-09',
        status: 'COMPLETED',
        detail: 'arıçılıq avadanlığı (20 pətək)',
        monitoringVisits: [
          { id: b + 51, visitedOn: '2023-08-01', outcome: 'OPERATING' },
          { id: b + 52, visitedOn: '2024-02-01', outcome: 'STRUGGLING' },
          { id: b + 53, visitedOn: '2024-08-01', outcome: 'OPERATING' },
        ],
      },
    ],
  };
}

function contract(id: number, employerName: string, position: string, from: string, to: string) {
  return {
    id,
    employerTin: String(1_700_000_000 + id),
    employerName,
    position,
    startedOn: from,
    endedOn: to,
    terminationArticle: '68.1.a',
    monthlyWage: 65_050,
  };
}

function offer(
  id: number,
  offeredOn: string,
  response: 'REFUSED' | 'PENDING',
  refusalJustified: boolean | null,
) {
  const monthlyWage = 70_000;
  return {
    id,
    offeredOn,
    employerTin: '1400057421',
    position: 'Operator',
    monthlyWage,
    response,
    refusalJustified,
  };
}

const SUMMARY = `status registeredOn refusedOffers
  benefit { status monthlyAmount startsOn endsOn }
  programmes { kind name status }`;

const FULL = `registrationId ${SUMMARY}
  statusHistory { edges { node { status since reason } } }
  contracts { edges { node { employerTin employerName position startedOn endedOn terminationArticle monthlyWage } } }
  offers { edges { node { offeredOn employerTin position monthlyWage response refusalJustified } } }
  benefit { decisionId decidedOn averageWage insuredMonthsLast24 dependentChildren rate
    payments { edges { node { period paidOn amount } } } }
  programmes { startedOn endsOn detail
    contract { employerName startedOn endedOn terminationArticle monthlyWage publicWorks }
    monitoringVisits { edges { node { visitedOn outcome } } } }`;

/** An `_entities` query for Citizens; page variables are declared only when used. */
function entitiesQuery(selection: string): string {
  const paged = selection.includes('$first') ? ', $first: Int, $after: String' : '';
  return `query ($r: [_Any!]!${paged}) {
    _entities(representations: $r) { ... on Citizen { fin unemployment { ${selection} } } }
  }`;
}

interface Entity {
  fin: string;
  unemployment: Record<string, unknown> | null;
}
type EntitiesResponse = GraphQLResponse<{ _entities: (Entity | null)[] }>;

const officer = () => operator({ role: 'employment_officer', centre: null, agency: 'DMA' });
const citizen = (fin: string) => operator({ role: 'citizen', fin, centre: null, purpose: null });
const partner = (scopes: string[]) =>
  operator({ role: 'partner', centre: null, agency: 'DSX', scopes });

describe.each(testDialects())('unemployment subgraph on $name', (dialect) => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      name: 'unemployment',
      dialect,
      profiles: [
        buildProfile({ index: 0, fin: REGISTERED, unemployment: record(0) }),
        buildProfile({ index: 1, fin: NOT_REGISTERED }),
        ...MANY.map((fin, k) => buildProfile({ index: k + 2, fin, unemployment: record(k + 2) })),
      ],
    });
  });

  afterAll(() => subgraph.close());

  function entities(
    identity: Identity,
    fins: readonly string[],
    selection: string,
    variables: Record<string, unknown> = {},
  ): Promise<EntitiesResponse> {
    return subgraph.call(entitiesQuery(selection), identity, {
      variables: { r: fins.map((fin) => ({ __typename: 'Citizen', fin })), ...variables },
    });
  }

  async function readOne(identity: Identity, selection: string, fin = REGISTERED) {
    const result = await entities(identity, [fin], selection);
    return { result, record: result.data?._entities[0]?.unemployment ?? null };
  }

  describe('reads', () => {
    it('returns the whole record, with money, rate and UTF-8 text exact', async () => {
      const { result, record: r } = await readOne(officer(), FULL);
      expect(result.errors).toBeUndefined();
      expect(r).toMatchObject({
        registrationId: '100',
        status: 'UNEMPLOYED',
        registeredOn: '2025-09-01',
        refusedOffers: 1,
        benefit: {
          decisionId: '100',
          status: 'PAYING',
          monthlyAmount: '440.00',
          averageWage: '800.00',
          rate: '55.00',
          insuredMonthsLast24: 20,
          dependentChildren: 1,
          startsOn: '2025-09-15',
          endsOn: '2026-06-14',
        },
        programmes: [
          {
            kind: 'TRAINING',
            name: 'Peşə hazırlığı',
            status: 'COMPLETED',
            endsOn: '2025-09-30',
            contract: null,
            monitoringVisits: { edges: [] },
          },
          {
            kind: 'PUBLIC_WORKS',
            name: 'İşsizin dostu',
            status: 'ACTIVE',
            detail: 'Bakı Abadlıq Xidməti: yaşıllaşdırma işçisi',
            contract: {
              employerName: 'Təmiz Şəhər ASC',
              startedOn: '2025-10-01',
              endedOn: '2025-11-30',
              terminationArticle: null,
              monthlyWage: '400.00',
              publicWorks: true,
            },
            monitoringVisits: { edges: [] },
          },
          {
            kind: 'SELF_EMPLOYMENT',
            contract: null,
            monitoringVisits: {
              edges: [
                { node: { visitedOn: '2024-08-01', outcome: 'OPERATING' } },
                { node: { visitedOn: '2024-02-01', outcome: 'STRUGGLING' } },
                { node: { visitedOn: '2023-08-01', outcome: 'OPERATING' } },
              ],
            },
          },
        ],
        statusHistory: {
          edges: [
            { node: { status: 'UNEMPLOYED', since: '2025-12-01', reason: 'İşsiz kimi tanınıb' } },
            { node: { status: 'SUSPENDED', since: '2025-10-01' } },
            { node: { status: 'JOBSEEKER', since: '2025-09-01' } },
          ],
        },
      });
      expect(r?.['contracts']).toMatchObject({
        edges: [
          { node: { employerName: 'Təmiz Şəhər ASC', endedOn: '2025-11-30' } },
          {
            node: { employerName: 'Şəki-İpək MMC', position: 'Növbə rəisi', endedOn: '2025-08-20' },
          },
          {
            node: {
              employerName: 'Bakı Metropoliteni QSC',
              position: 'Çilingər',
              monthlyWage: '650.50',
            },
          },
          { node: { employerName: 'Azərişıq ASC', terminationArticle: '68.1.a' } },
        ],
      });
      expect(r?.['offers']).toMatchObject({
        edges: [
          { node: { response: 'PENDING', refusalJustified: null, monthlyWage: '700.00' } },
          { node: { response: 'REFUSED', refusalJustified: true } },
          { node: { response: 'REFUSED', refusalJustified: false, offeredOn: '2025-09-20' } },
        ],
      });
    });

    it('answers null for a citizen the registry does not know', async () => {
      const result = await entities(officer(), [NOT_REGISTERED, REGISTERED], 'status');
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        { fin: NOT_REGISTERED, unemployment: null },
        { fin: REGISTERED, unemployment: { status: 'UNEMPLOYED' } },
      ]);
    });

    it('runs as many statements for 50 citizens as for one', async () => {
      const count = async (fins: readonly string[]) => {
        let result: EntitiesResponse | undefined;
        const statements = await subgraph.countStatements(async () => {
          result = await entities(officer(), fins, FULL);
        });
        expect(result?.errors).toBeUndefined();
        expect(result?.data?._entities.every((e) => e?.unemployment !== null)).toBe(true);
        return statements;
      };
      const one = await count([REGISTERED]);
      const many = await count([REGISTERED, ...MANY.slice(0, 49)]);
      // registration, refusals, benefit, programmes, 3 histories, benefit payments, the
      // placements' contracts and the monitoring visits.
      expect(one).toBe(10);
      expect(many).toBe(one);
    });
  });

  interface ConnectionCase {
    name: string;
    selection: (page: string) => string;
    connection: (record: Record<string, unknown>) => unknown;
    /** The node field listed, newest first. */
    field: string;
    expected: string[];
  }

  const connections: ConnectionCase[] = [
    {
      name: 'statusHistory',
      selection: (page) => `statusHistory${page}`,
      connection: (r) => r['statusHistory'],
      field: 'since',
      expected: ['2025-12-01', '2025-10-01', '2025-09-01'],
    },
    {
      name: 'contracts',
      selection: (page) => `contracts${page}`,
      connection: (r) => r['contracts'],
      field: 'startedOn',
      expected: ['2025-10-01', '2020-04-01', '2016-08-01', '2012-03-01'],
    },
    {
      name: 'offers',
      selection: (page) => `offers${page}`,
      connection: (r) => r['offers'],
      field: 'offeredOn',
      expected: ['2025-12-10', '2025-10-20', '2025-09-20'],
    },
    {
      name: 'benefit.payments',
      selection: (page) => `benefit { payments${page} }`,
      connection: (r) => (r['benefit'] as Record<string, unknown> | null)?.['payments'] ?? null,
      field: 'paidOn',
      expected: ['2025-09-20', '2025-10-20', '2025-11-20', '2025-12-20', '2026-01-20'].reverse(),
    },
  ];

  interface Page {
    edges: { cursor: string; node: Record<string, string> }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }

  describe.each(connections)('$name pagination', (c) => {
    const page = `(first: $first, after: $after) {
      edges { cursor node { ${c.field} } } pageInfo { hasNextPage endCursor } }`;

    async function fetchPage(variables: Record<string, unknown>) {
      const result = await entities(officer(), [REGISTERED], c.selection(page), variables);
      const r = result.data?._entities[0]?.unemployment;
      return { result, page: r === null || r === undefined ? null : (c.connection(r) as Page) };
    }

    it('pages newest first with first/after and hasNextPage', async () => {
      const first = await fetchPage({ first: 2 });
      expect(first.result.errors).toBeUndefined();
      expect(first.page?.edges.map((e) => e.node[c.field])).toEqual(c.expected.slice(0, 2));
      expect(first.page?.pageInfo.hasNextPage).toBe(true);
      const rest = await fetchPage({ first: 10, after: first.page?.pageInfo.endCursor });
      expect(rest.page?.edges.map((e) => e.node[c.field])).toEqual(c.expected.slice(2));
      expect(rest.page?.pageInfo.hasNextPage).toBe(false);
      expect(rest.page?.pageInfo.endCursor).toBe(rest.page?.edges.at(-1)?.cursor);
    });

    it('returns every entry with the default page size', async () => {
      const all = await fetchPage({});
      expect(all.page?.edges.map((e) => e.node[c.field])).toEqual(c.expected);
      expect(all.page?.pageInfo.hasNextPage).toBe(false);
    });

    it.each([
      ['a negative first', { first: -1 }],
      ['a first above 100', { first: 101 }],
      ['an invalid cursor', { after: 'bm90LWEtY3Vyc29y' }],
    ])('rejects %s with BAD_USER_INPUT', async (_label, variables) => {
      const { result, page: p } = await fetchPage(variables);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(p).toBeNull();
    });
  });

  describe('permissions', () => {
    it('lets a citizen read all of their own record', async () => {
      const { result, record: r } = await readOne(citizen(REGISTERED), FULL);
      expect(result.errors).toBeUndefined();
      expect(r?.['registrationId']).toBe('100');
    });

    it("forbids a citizen another citizen's record", async () => {
      const { result, record: r } = await readOne(citizen(REGISTERED), 'status', MANY[0]);
      expect(errorCodes(result)).toContain('FORBIDDEN');
      expect(r).toBeNull();
    });

    it('gives an operator the one-window summary', async () => {
      const { result, record: r } = await readOne(operator(), SUMMARY);
      expect(result.errors).toBeUndefined();
      expect(r).toEqual({
        status: 'UNEMPLOYED',
        registeredOn: '2025-09-01',
        refusedOffers: 1,
        benefit: {
          status: 'PAYING',
          monthlyAmount: '440.00',
          startsOn: '2025-09-15',
          endsOn: '2026-06-14',
        },
        programmes: [
          { kind: 'TRAINING', name: 'Peşə hazırlığı', status: 'COMPLETED' },
          { kind: 'PUBLIC_WORKS', name: 'İşsizin dostu', status: 'ACTIVE' },
          { kind: 'SELF_EMPLOYMENT', name: 'Özünüməşğulluq proqramı', status: 'COMPLETED' },
        ],
      });
    });

    const details = [
      'registrationId',
      'statusHistory { edges { node { reason } } }',
      'contracts { edges { node { employerName } } }',
      'offers { edges { node { employerTin } } }',
      'benefit { averageWage }',
      'benefit { rate }',
      'benefit { decidedOn }',
      'benefit { payments { edges { node { amount } } } }',
      'programmes { detail }',
      'programmes { startedOn }',
      'programmes { contract { employerName } }',
      'programmes { monitoringVisits { edges { node { outcome } } } }',
    ];

    it.each(details)('forbids an operator the detail %s', async (selection) => {
      const { result } = await readOne(operator(), selection);
      expect(errorCodes(result)).toContain('FORBIDDEN');
      expect(JSON.stringify(result.data)).not.toMatch(/Azərişıq|800\.00|Kompüter|1400057421/);
    });

    it('reports a placement contract and monitoring visits read as disclosed fields', async () => {
      const { result } = await readOne(
        officer(),
        `programmes { contract { employerTin publicWorks }
          monitoringVisits { edges { node { visitedOn outcome } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const report = (result as { extensions?: Record<string, unknown> }).extensions?.[
        DISCLOSURE_EXTENSION
      ] as { subjects: string[]; fields: string[] } | undefined;
      expect(report?.subjects).toEqual([REGISTERED]);
      expect(report?.fields).toEqual(
        expect.arrayContaining([
          'ProgrammeParticipation.contract',
          'LabourContract.employerTin',
          'LabourContract.publicWorks',
          'ProgrammeParticipation.monitoringVisits',
          'MonitoringVisit.outcome',
        ]),
      );
    });

    it('gives another agency officer the summary but not the details', async () => {
      const pensionOfficer = operator({ role: 'pension_officer', centre: null, agency: 'DSMF' });
      expect((await readOne(pensionOfficer, SUMMARY)).result.errors).toBeUndefined();
      const { result } = await readOne(pensionOfficer, 'contracts { edges { cursor } }');
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    });

    it('requires a stated purpose from staff', async () => {
      const { result, record: r } = await readOne(
        operator({ role: 'employment_officer', purpose: null }),
        'status',
      );
      expect(errorCodes(result)).toContain('FORBIDDEN');
      expect(r).toBeNull();
    });

    it('gives a partner with unemployment:status the status only', async () => {
      const scoped = partner(['unemployment:status']);
      const allowed = await readOne(scoped, 'status');
      expect(allowed.result.errors).toBeUndefined();
      expect(allowed.record).toEqual({ status: 'UNEMPLOYED' });
      for (const selection of [
        'registeredOn',
        'refusedOffers',
        'benefit { status }',
        'programmes { kind }',
      ]) {
        const denied = await readOne(scoped, selection);
        expect(errorCodes(denied.result)).toContain('FORBIDDEN');
      }
    });

    it('forbids a partner without the scope', async () => {
      const { result, record: r } = await readOne(partner(['pension:status']), 'status');
      expect(errorCodes(result)).toContain('FORBIDDEN');
      expect(r).toBeNull();
    });

    it('forbids an auditor any personal data', async () => {
      const auditor = operator({ role: 'auditor', centre: null, agency: 'DPO' });
      const { result } = await readOne(auditor, 'status');
      expect(errorCodes(result)).toContain('FORBIDDEN');
      expect(JSON.stringify(result.data)).not.toContain('UNEMPLOYED');
    });

    it('refuses an unsigned request', async () => {
      const result = await subgraph.call(entitiesQuery('status'), null, {
        variables: { r: [{ __typename: 'Citizen', fin: REGISTERED }] },
      });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });
});
