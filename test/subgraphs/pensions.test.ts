import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLOSURE_EXTENSION } from '@dost/platform/disclosureReport.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { encodeCursor } from '@dost/subgraph-kit';
import type {
  AllowanceProfile,
  CitizenProfile,
  PaymentProfile,
  PensionProfile,
} from '../../seed/synthetic/CitizenProfile.ts';
import { buildProfile } from '../helpers/buildProfile.ts';
import { errorCodes, operator, type GraphQLResponse } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** Pensioner with 25 payments, 4 changes and 2 allowances. */
const PENSIONER = '5ZK7P2Q';
/** In the population, unknown to the pensions registry. */
const NOBODY = '3HRT9WX';
/** Only a one-time allowance, no labour pension. */
const ALLOWANCE_ONLY = '7MNB4KC';
/** A case kept before the registry recorded applications and decisions (NULL columns). */
const LEGACY = '4LGC7XY';
/** 50 small pensioners for the statement-count test, each assigned proactively. */
const MANY = Array.from({ length: 50 }, (_, i) => `8${String(i).padStart(2, '0')}AAAA`);

const MONTHLY = 34_976;

function month(k: number): string {
  return `${2024 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

function pension(
  id: number,
  payments: number,
  changes: number,
  overrides: Partial<PensionProfile> = {},
): PensionProfile {
  return {
    id,
    type: 'OLD_AGE',
    status: 'ACTIVE',
    assignedOn: '2021-03-01',
    terminatedOn: null,
    capitalAtAssignment: 4_320_000,
    capital: 5_184_000,
    insuranceMonths: 312,
    requiredInsuranceMonths: null,
    insurancePart: 30_000,
    minimumTopUp: MONTHLY - 30_000,
    amount: MONTHLY,
    changes: Array.from({ length: changes }, (_, k) => ({
      id: id * 100 + k + 1,
      kind: k === 0 ? 'ASSIGNMENT' : 'INDEXATION',
      effectiveOn: `${2021 + k}-${k === 0 ? '03' : '01'}-01`,
      rateBp: k === 0 ? null : 930,
      amountBefore: k === 0 ? 0 : MONTHLY - (changes - k) * 1000,
      amountAfter: MONTHLY - (changes - k - 1) * 1000,
    })),
    payments: Array.from({ length: payments }, (_, k) => ({
      id: id * 1000 + k + 1,
      period: `${month(k)}-01`,
      paidOn: `${month(k)}-15`,
      amount: MONTHLY,
    })),
    appliedOn: '2021-03-01',
    decidedOn: '2021-03-09',
    proactive: false,
    typeChanges: [],
    ...overrides,
  };
}

/** `count` monthly payments of 300 AZN, the last for 2026-10, ids `first`, `first + 1`, … */
function allowancePayments(first: number, count: number): PaymentProfile[] {
  return Array.from({ length: count }, (_, k) => {
    const period = month(34 - count + k);
    return { id: first + k, period: `${period}-01`, paidOn: `${period}-20`, amount: 30_000 };
  });
}

function allowance(id: number, overrides: Partial<AllowanceProfile> = {}): AllowanceProfile {
  return {
    id,
    type: 'DISABILITY',
    periodicity: 'MONTHLY',
    status: 'ACTIVE',
    grantedOn: '2022-07-01',
    endsOn: null,
    amount: 22_000,
    payments: [],
    ...overrides,
  };
}

/** Pensions are kept by the office of the region the citizen is registered in. */
function profile(
  index: number,
  fin: string,
  records: Partial<Pick<CitizenProfile, 'pension' | 'allowances'>> = {},
): CitizenProfile {
  return buildProfile({ index, fin, person: { region: 'Şəki' }, ...records });
}

const PROFILES: CitizenProfile[] = [
  profile(0, PENSIONER, {
    pension: pension(1, 25, 4, {
      typeChanges: [
        {
          id: 1,
          fromType: 'DISABILITY',
          toType: 'OLD_AGE',
          changedOn: '2021-03-01',
          reason: 'PENSION_AGE',
        },
      ],
    }),
    allowances: [
      allowance(1, { payments: allowancePayments(11, 15) }),
      allowance(2, { type: 'OLD_AGE', status: 'ENDED', endsOn: '2023-12-31' }),
    ],
  }),
  profile(1, NOBODY),
  profile(2, ALLOWANCE_ONLY, {
    allowances: [
      allowance(3, {
        type: 'CHILD_BIRTH',
        periodicity: 'ONE_TIME',
        status: 'ENDED',
        amount: 50_000,
      }),
    ],
  }),
  ...MANY.map((fin, i) =>
    profile(3 + i, fin, {
      pension: pension(10 + i, 3, 2, {
        appliedOn: null,
        decidedOn: '2021-02-26',
        proactive: true,
        typeChanges: [
          {
            id: 10 + i,
            fromType: 'SURVIVOR',
            toType: 'OLD_AGE',
            changedOn: '2021-03-01',
            reason: 'MORE_FAVOURABLE',
          },
        ],
      }),
      allowances: [allowance(100 + i, { payments: allowancePayments(1000 + 10 * i, 3) })],
    }),
  ),
];

const citizen = (fin: string): Identity =>
  operator({ actor: `citizen:${fin}`, role: 'citizen', fin, centre: null, purpose: null });
const pensionOfficer = operator({ role: 'pension_officer', centre: null, agency: 'DOST' });
const employmentOfficer = operator({ role: 'employment_officer', centre: null, agency: 'DOST' });
const partner = (...scopes: string[]): Identity =>
  operator({ actor: 'bank-7', role: 'partner', centre: null, agency: 'Kapital Bank', scopes });
const auditor = operator({ role: 'auditor', centre: null, purpose: null });

const SUMMARY = `pension {
  labourPension { id type status assignedOn terminatedOn office amount
    appliedOn decidedOn assignedProactively }
  allowances { id type periodicity status grantedOn endsOn amount }
}`;
/** Fields only the pension officer and the citizen may read. */
const FULL_ONLY = [
  'insuranceMonths',
  'requiredInsuranceMonths',
  'capital',
  'insurancePart',
  'minimumTopUp',
  'changes(first: 1) { edges { cursor } }',
  'payments(first: 1) { edges { cursor } }',
  'typeChanges(first: 1) { edges { cursor } }',
];
const FULL = `pension { labourPension {
  insuranceMonths requiredInsuranceMonths capital insurancePart minimumTopUp
  changes(first: 2) { edges { node { kind rateBasisPoints amountAfter } } }
  payments(first: 2) { edges { node { period paidOn amount } } }
} }`;

interface Page<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface PaymentNode {
  id: string;
  period: string;
}

interface Batched {
  pension: { labourPension: { changes: { edges: unknown[] }; payments: { edges: unknown[] } } };
}

function forbiddenFields(result: GraphQLResponse): string[] {
  return (result.errors ?? [])
    .filter((e) => e.extensions?.['code'] === 'FORBIDDEN')
    .map((e) => String(e.path?.at(-1)));
}

describe.each(testDialects())('pensions subgraph on $name', (dialect) => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ name: 'pensions', dialect, profiles: PROFILES });
    // A case from before migration 002: the columns it added are NULL.
    await subgraph.db('pensiya_ish').insert({
      id: 9_000,
      fin: LEGACY,
      nov: 'Y',
      status: 'A',
      teyin_tarixi: '2015-06-01',
      idare: 'DOST Bakı regional şöbəsi',
      kapital_qpk: 3_000_000,
      sigorta_ay: 320,
      sigorta_hisse_qpk: 20_833,
      min_elave_qpk: 14_143,
      mebleg_qpk: MONTHLY,
    });
  });

  afterAll(() => subgraph.close());

  /** Asks for `selection` on each FIN's Citizen entity, as the gateway would. */
  function entities<T = Record<string, unknown>>(
    fins: readonly string[],
    selection = '',
    identity: Identity = pensionOfficer,
  ): Promise<GraphQLResponse<T>> {
    return subgraph.call<T>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Citizen { fin ${selection} } } }`,
      identity,
      { variables: { r: fins.map((fin) => ({ __typename: 'Citizen', fin })) } },
    );
  }

  async function paymentsPage(args: string) {
    const result = await entities<{
      _entities: { pension: { labourPension: { payments: Page<PaymentNode> } } }[];
    }>(
      [PENSIONER],
      `pension { labourPension { payments(${args}) { edges { cursor node { id period } } pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const page = result.data?.['_entities'][0]?.pension.labourPension.payments;
    if (page === undefined) throw new Error('no payments page');
    return page;
  }

  describe('Citizen.pension', () => {
    it('returns the labour pension and allowances with exact money and UTF-8 text', async () => {
      const result = await entities([PENSIONER], SUMMARY);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        _entities: [
          {
            __typename: 'Citizen',
            fin: PENSIONER,
            pension: {
              labourPension: {
                id: '1',
                type: 'OLD_AGE',
                status: 'ACTIVE',
                assignedOn: '2021-03-01',
                terminatedOn: null,
                office: 'DOST Şəki regional şöbəsi',
                amount: '349.76',
                appliedOn: '2021-03-01',
                decidedOn: '2021-03-09',
                assignedProactively: false,
              },
              allowances: [
                {
                  id: '2',
                  type: 'OLD_AGE',
                  periodicity: 'MONTHLY',
                  status: 'ENDED',
                  grantedOn: '2022-07-01',
                  endsOn: '2023-12-31',
                  amount: '220.00',
                },
                {
                  id: '1',
                  type: 'DISABILITY',
                  periodicity: 'MONTHLY',
                  status: 'ACTIVE',
                  grantedOn: '2022-07-01',
                  endsOn: null,
                  amount: '220.00',
                },
              ],
            },
          },
        ],
      });
    });

    it('is null for a citizen the registry does not know, without a query for the entity', async () => {
      const result = await entities([NOBODY], 'pension { allowances { id } }');
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        _entities: [{ __typename: 'Citizen', fin: NOBODY, pension: null }],
      });
      expect(await subgraph.countStatements(() => entities([NOBODY]))).toBe(0);
    });

    it('holds allowances alone when there is no labour pension', async () => {
      const result = await entities([ALLOWANCE_ONLY], SUMMARY);
      expect(result.errors).toBeUndefined();
      expect(result.data?.['_entities']).toEqual([
        {
          __typename: 'Citizen',
          fin: ALLOWANCE_ONLY,
          pension: {
            labourPension: null,
            allowances: [
              {
                id: '3',
                type: 'CHILD_BIRTH',
                periodicity: 'ONE_TIME',
                status: 'ENDED',
                grantedOn: '2022-07-01',
                endsOn: null,
                amount: '500.00',
              },
            ],
          },
        },
      ]);
    });

    it('returns the full details to the pension officer', async () => {
      const result = await entities([PENSIONER], FULL);
      expect(result.errors).toBeUndefined();
      expect((result.data?.['_entities'] as unknown[] | undefined)?.[0]).toEqual({
        __typename: 'Citizen',
        fin: PENSIONER,
        pension: {
          labourPension: {
            insuranceMonths: 312,
            requiredInsuranceMonths: null,
            capital: '51840.00',
            insurancePart: '300.00',
            minimumTopUp: '49.76',
            changes: {
              edges: [
                { node: { kind: 'INDEXATION', rateBasisPoints: 930, amountAfter: '349.76' } },
                { node: { kind: 'INDEXATION', rateBasisPoints: 930, amountAfter: '339.76' } },
              ],
            },
            payments: {
              edges: [
                { node: { period: '2026-01-01', paidOn: '2026-01-15', amount: '349.76' } },
                { node: { period: '2025-12-01', paidOn: '2025-12-15', amount: '349.76' } },
              ],
            },
          },
        },
      });
    });

    it('answers __typename on every type, as gateway query plans ask for it', async () => {
      const result = await entities(
        [PENSIONER],
        `pension { __typename allowances { __typename } labourPension { __typename
          payments(first: 1) { __typename pageInfo { __typename } edges { __typename node { __typename } } }
          changes(first: 1) { __typename edges { node { __typename } } } } }`,
        citizen(PENSIONER),
      );
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toContain('"__typename":"PensionPaymentEdge"');
    });
  });

  describe('history pagination', () => {
    it('pages payments newest first with first/after/hasNextPage', async () => {
      const first = await paymentsPage('first: 10');
      expect(first.edges.map((e) => e.node.id)).toEqual(
        Array.from({ length: 10 }, (_, k) => String(1025 - k)),
      );
      expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1016) });
      const second = await paymentsPage(`first: 10, after: "${first.pageInfo.endCursor}"`);
      expect(second.edges[0]?.node.id).toBe('1015');
      const last = await paymentsPage(`first: 10, after: "${second.pageInfo.endCursor}"`);
      expect(last.edges.map((e) => e.node.id)).toEqual(['1005', '1004', '1003', '1002', '1001']);
      expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(1001) });
    });

    it('returns a whole 50-payment page in one statement', async () => {
      let page: Page<PaymentNode> | undefined;
      const statements = await subgraph.countStatements(async () => {
        page = await paymentsPage('first: 50');
      });
      expect(page?.edges).toHaveLength(25);
      expect(page?.pageInfo.hasNextPage).toBe(false);
      // labour pension + allowances (for Citizen.pension) + the payments page.
      expect(statements).toBe(3);
    });

    it('answers first: 0 with an empty page that knows more exist', async () => {
      expect(await paymentsPage('first: 0')).toEqual({
        edges: [],
        pageInfo: { hasNextPage: true, endCursor: null },
      });
    });

    it('pages changes with first/after/hasNextPage', async () => {
      const query = (args: string) =>
        entities<{
          _entities: { pension: { labourPension: { changes: Page<{ kind: string }> } } }[];
        }>(
          [PENSIONER],
          `pension { labourPension { changes(${args}) { edges { cursor node { kind } } pageInfo { hasNextPage endCursor } } } }`,
        );
      const first = (await query('first: 3')).data?._entities[0]?.pension.labourPension.changes;
      expect(first?.edges.map((e) => e.node.kind)).toEqual([
        'INDEXATION',
        'INDEXATION',
        'INDEXATION',
      ]);
      expect(first?.pageInfo.hasNextPage).toBe(true);
      const rest = (await query(`first: 3, after: "${first?.pageInfo.endCursor}"`)).data
        ?._entities[0]?.pension.labourPension.changes;
      expect(rest?.edges.map((e) => e.node.kind)).toEqual(['ASSIGNMENT']);
      expect(rest?.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(101) });
    });

    it.each([
      ['payments(first: -1)'],
      ['payments(first: 101)'],
      ['payments(after: "not-a-cursor")'],
      [`payments(after: "${Buffer.from('v2:5').toString('base64url')}")`],
      ['changes(first: -5)'],
      ['changes(after: "Zm9v")'],
    ])('answers %s with BAD_USER_INPUT', async (field) => {
      const result = await entities(
        [PENSIONER],
        `pension { labourPension { ${field} { edges { cursor } } } }`,
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('batching', () => {
    const BATCHED = `pension {
      labourPension { amount changes(first: 2) { edges { node { kind } } } payments(first: 2) { edges { node { amount } } } }
      allowances { type }
    }`;

    it('runs as many statements for 50 citizens as for 1', async () => {
      const one = await subgraph.countStatements(() => entities(MANY.slice(0, 1), BATCHED));
      let many: GraphQLResponse | undefined;
      const fifty = await subgraph.countStatements(async () => {
        many = await entities(MANY, BATCHED);
      });
      expect(many?.errors).toBeUndefined();
      expect(many?.data?.['_entities']).toHaveLength(50);
      // The batched (window) statement still gives every pension its own newest rows.
      for (const entity of many?.data?.['_entities'] as Batched[]) {
        expect(entity.pension.labourPension.payments.edges).toHaveLength(2);
        expect(entity.pension.labourPension.changes.edges).toHaveLength(2);
      }
      expect(fifty).toBe(one);
      expect(one).toBe(4);
    });
  });

  describe('how a pension was assigned, its type changes, allowance payments', () => {
    const ASSIGNMENT = 'pension { labourPension { appliedOn decidedOn assignedProactively } }';

    it('tells an operator how each case was opened: on application, proactively, or not recorded', async () => {
      const result = await entities([PENSIONER, MANY[0] ?? '', LEGACY], ASSIGNMENT, operator());
      expect(result.errors).toBeUndefined();
      expect(
        (result.data?.['_entities'] as { pension: { labourPension: unknown } }[]).map(
          (e) => e.pension.labourPension,
        ),
      ).toEqual([
        { appliedOn: '2021-03-01', decidedOn: '2021-03-09', assignedProactively: false },
        { appliedOn: null, decidedOn: '2021-02-26', assignedProactively: true },
        { appliedOn: null, decidedOn: null, assignedProactively: null },
      ]);
    });

    it('gives the pension officer the type changes, newest first', async () => {
      const result = await entities(
        [PENSIONER, LEGACY],
        `pension { labourPension { typeChanges(first: 5) {
          edges { node { id fromType toType changedOn reason } } pageInfo { hasNextPage } } } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(
        (result.data?.['_entities'] as { pension: { labourPension: unknown } }[]).map(
          (e) => e.pension.labourPension,
        ),
      ).toEqual([
        {
          typeChanges: {
            edges: [
              {
                node: {
                  id: '1',
                  fromType: 'DISABILITY',
                  toType: 'OLD_AGE',
                  changedOn: '2021-03-01',
                  reason: 'PENSION_AGE',
                },
              },
            ],
            pageInfo: { hasNextPage: false },
          },
        },
        { typeChanges: { edges: [], pageInfo: { hasNextPage: false } } },
      ]);
    });

    it("pages an allowance's payments newest first, in exact money", async () => {
      const page = async (args: string) => {
        const result = await entities<{
          _entities: {
            pension: {
              allowances: {
                id: string;
                payments: Page<{ id: string; period: string; paidOn: string; amount: string }>;
              }[];
            };
          }[];
        }>(
          [PENSIONER],
          `pension { allowances { id payments(${args}) {
            edges { cursor node { id period paidOn amount } } pageInfo { hasNextPage endCursor } } } }`,
        );
        expect(result.errors).toBeUndefined();
        const disability = result.data?._entities[0]?.pension.allowances.find((a) => a.id === '1');
        if (disability === undefined) throw new Error('no disability allowance');
        return disability.payments;
      };
      const first = await page('first: 10');
      expect(first.edges.map((e) => e.node.id)).toEqual(
        Array.from({ length: 10 }, (_, k) => String(25 - k)),
      );
      expect(first.edges[0]?.node).toEqual({
        id: '25',
        period: '2026-10-01',
        paidOn: '2026-10-20',
        amount: '300.00',
      });
      expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(16) });
      const rest = await page(`first: 10, after: "${first.pageInfo.endCursor}"`);
      expect(rest.edges.map((e) => e.node.id)).toEqual(['15', '14', '13', '12', '11']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    it('runs as many statements for the new histories of 50 citizens as for 1', async () => {
      const HISTORIES = `pension {
        labourPension { decidedOn typeChanges(first: 2) { edges { node { reason } } } }
        allowances { payments(first: 2) { edges { node { amount } } } }
      }`;
      const one = await subgraph.countStatements(() => entities(MANY.slice(0, 1), HISTORIES));
      let many: GraphQLResponse | undefined;
      const fifty = await subgraph.countStatements(async () => {
        many = await entities(MANY, HISTORIES);
      });
      expect(many?.errors).toBeUndefined();
      const pages = many?.data?.['_entities'] as {
        pension: {
          labourPension: { typeChanges: { edges: unknown[] } };
          allowances: { payments: { edges: unknown[] } }[];
        };
      }[];
      for (const entity of pages) {
        expect(entity.pension.labourPension.typeChanges.edges).toHaveLength(1);
        expect(entity.pension.allowances[0]?.payments.edges).toHaveLength(2);
      }
      expect(fifty).toBe(one);
      // labour pension + allowances + type-change pages + allowance-payment pages.
      expect(one).toBe(4);
    });

    it('keeps allowance payments and type changes from operators and employment officers', async () => {
      for (const identity of [operator(), employmentOfficer]) {
        const denied = await entities(
          [PENSIONER],
          'pension { allowances { type payments(first: 1) { edges { cursor } } } }',
          identity,
        );
        expect(forbiddenFields(denied)).toEqual(['payments']);
        expect(JSON.stringify(denied.data)).not.toMatch(/edges|300\.00/);
      }
    });

    it('reports the new fields read to the audit trail, and the refused ones', async () => {
      const read = await entities(
        [PENSIONER],
        `${ASSIGNMENT} pension { labourPension { typeChanges { edges { node { reason } } } }
          allowances { payments(first: 1) { edges { node { amount } } } } }`,
      );
      expect(read.errors).toBeUndefined();
      const report = (read as { extensions?: Record<string, unknown> }).extensions?.[
        DISCLOSURE_EXTENSION
      ] as { subjects: string[]; fields: string[] } | undefined;
      expect(report?.subjects).toEqual([PENSIONER]);
      expect(report?.fields).toEqual(
        expect.arrayContaining([
          'LabourPension.appliedOn',
          'LabourPension.decidedOn',
          'LabourPension.assignedProactively',
          'PensionTypeChange.reason',
          'AllowancePayment.amount',
        ]),
      );
      const refused = await entities(
        [PENSIONER],
        'pension { allowances { payments { edges { cursor } } } }',
        operator(),
      );
      const refusal = (refused as { extensions?: Record<string, unknown> }).extensions?.[
        DISCLOSURE_EXTENSION
      ] as { refused: string[] } | undefined;
      expect(refusal?.refused).toContain('SocialAllowance.payments');
    });
  });

  describe('permissions', () => {
    it('lets a citizen read all of their own record, histories included', async () => {
      const result = await entities([PENSIONER], `${SUMMARY} ${FULL}`, citizen(PENSIONER));
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toContain('"capital":"51840.00"');
    });

    it("refuses a citizen another citizen's record", async () => {
      const result = await entities([ALLOWANCE_ONLY], SUMMARY, citizen(PENSIONER));
      expect(result.data?.['_entities']).toEqual([null]);
      expect(errorCodes(result).every((code) => code === 'FORBIDDEN')).toBe(true);
      expect(errorCodes(result).length).toBeGreaterThan(0);
    });

    it.each([
      ['an operator', operator()],
      ['an employment officer', employmentOfficer],
    ])('gives %s the summary only', async (_, identity) => {
      const summary = await entities([PENSIONER], SUMMARY, identity);
      expect(summary.errors).toBeUndefined();
      expect(JSON.stringify(summary.data)).toContain('"amount":"349.76"');
      // One field per call: sibling non-null errors race, so only the first would be reported.
      for (const field of FULL_ONLY) {
        const denied = await entities(
          [PENSIONER],
          `pension { labourPension { ${field} } }`,
          identity,
        );
        expect(forbiddenFields(denied)).toEqual([field.split(/[ (]/)[0]]);
        // No value of the refused field leaks, whether it nulls the pension or only itself.
        expect(JSON.stringify(denied.data)).not.toMatch(/51840|312|"300\.00"|"49\.76"|edges/);
      }
    });

    it('refuses staff without a stated purpose', async () => {
      const result = await entities([PENSIONER], SUMMARY, operator({ purpose: null }));
      expect(forbiddenFields(result)).toContain('fin');
      expect(errorCodes(result).every((code) => code === 'FORBIDDEN')).toBe(true);
      expect(result.data?.['_entities']).toEqual([null]);
    });

    it('lets a pension:status partner see that a FIN is a pensioner, and nothing else', async () => {
      const identity = partner('pension:status');
      const allowed = await entities(
        [PENSIONER, NOBODY],
        'pension { labourPension { type status } }',
        identity,
      );
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data?.['_entities']).toEqual([
        {
          __typename: 'Citizen',
          fin: PENSIONER,
          pension: { labourPension: { type: 'OLD_AGE', status: 'ACTIVE' } },
        },
        { __typename: 'Citizen', fin: NOBODY, pension: null },
      ]);
      for (const [selection, field] of [
        ['labourPension { amount }', 'amount'],
        ['labourPension { assignedOn }', 'assignedOn'],
        ['labourPension { capital }', 'capital'],
        ['labourPension { payments { edges { cursor } } }', 'payments'],
        ['labourPension { decidedOn }', 'decidedOn'],
        ['labourPension { typeChanges { edges { cursor } } }', 'typeChanges'],
        ['allowances { type }', 'allowances'],
      ]) {
        const denied = await entities([PENSIONER], `pension { ${selection} }`, identity);
        expect(forbiddenFields(denied)).toEqual([field]);
      }
    });

    it('lets a pension:amount partner see the amount but not the status', async () => {
      const identity = partner('pension:amount');
      const allowed = await entities([PENSIONER], 'pension { labourPension { amount } }', identity);
      expect(allowed.errors).toBeUndefined();
      expect(JSON.stringify(allowed.data)).toContain('"amount":"349.76"');
      const denied = await entities([PENSIONER], 'pension { labourPension { status } }', identity);
      expect(forbiddenFields(denied)).toEqual(['status']);
    });

    it.each([
      ['a partner without a pensions scope', partner('unemployment:status')],
      ['an auditor', auditor],
    ])('refuses %s', async (_, identity) => {
      const result = await entities([PENSIONER], 'pension { labourPension { status } }', identity);
      expect(result.data?.['_entities']).toEqual([null]);
      expect(forbiddenFields(result)).toContain('fin');
    });

    it('refuses an unsigned request', async () => {
      const result = await subgraph.call('{ _service { sdl } }', null);
      expect(result.status).toBe(401);
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
