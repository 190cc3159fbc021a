import { buildSubgraphSchema } from '@apollo/subgraph';
// The CommonJS build, the same graphql instance @apollo/subgraph builds its schema with.
import { isObjectType } from 'graphql/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { DISCLOSURE_EXTENSION } from '@dost/platform/disclosureReport.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { disabilitySubgraph } from '../../subgraphs/disability/disabilitySubgraph.ts';
import type {
  CitizenProfile,
  DisabilityDecisionProfile,
  DisabilityProfile,
} from '../../seed/synthetic/CitizenProfile.ts';
import { buildProfile } from '../helpers/buildProfile.ts';
import { errorCodes, operator, type GraphQLResponse } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

// ---------------------------------------------------------------------------------------------
// Hand-built citizens
// ---------------------------------------------------------------------------------------------

/** Three decisions, three referrals, diagnoses on two decisions; degree II in force. */
const ASSESSED = '5ZK7P2Q';
/** One decision in force, degree I, war-related, indefinite. */
const WAR_VETERAN = '3HRT9WX';
/** A child with limited health capacity. */
const CHILD = 'C4D8R2T';
/** Never assessed. */
const NOT_ASSESSED = '7XW2K9M';
/** A decision with a degree code this graph does not know (inserted raw). */
const BAD_CODE = 'D5F6G7H';
/** Group II in 2019 (no percentage), re-examined in 2022 under the percentage system. */
const BOTH_SYSTEMS = 'G7H8J9K';
/** Group I since 2016, indefinitely: a group-system decision still in force. */
const LONG_STANDING = 'L2M3N4P';
/** Assessed at 25 %: no disability, so no re-examination, and not indefinite either. */
const NO_REEXAMINATION = 'N5P6Q7R';

const STROKE = { icd10: 'I63.9', description: 'Beyin qan dövranının kəskin pozulması' };
const HEALTH_MARKERS = ['I63.9', 'I10', 'G81.9', 'T90.5', 'qan dövranı', 'Hemipleqiya'];

function decision(
  overrides: Partial<DisabilityDecisionProfile> & { id: number },
): DisabilityDecisionProfile {
  return {
    decidedOn: '2024-04-20',
    system: 'PERCENTAGE',
    percent: 70,
    degree: 'II',
    cause: 'GENERAL_ILLNESS',
    validFrom: '2024-05-01',
    reexaminationOn: '2026-05-01',
    indefinite: false,
    commission: 'Bakı şəhəri 3 saylı Tibbi-Sosial Ekspert Komissiyası',
    signatories: ['Məmmədova Gülnarə Əli qızı', 'Hüseynov Şahin Rəşid oğlu', 'Qasımova Günay'],
    status: 'CURRENT',
    ...overrides,
  };
}

function profile(index: number, fin: string, disability: DisabilityProfile | null): CitizenProfile {
  return buildProfile({ index, fin, disability });
}

const FIXTURES: CitizenProfile[] = [
  profile(0, ASSESSED, {
    decisions: [
      decision({
        id: 101,
        percent: 40,
        degree: 'III',
        status: 'SUPERSEDED',
        decidedOn: '2019-02-01',
      }),
      decision({
        id: 102,
        percent: 60,
        degree: 'III',
        status: 'SUPERSEDED',
        decidedOn: '2021-03-01',
      }),
      decision({ id: 103 }),
    ],
    referrals: [
      { id: 201, referredOn: '2019-01-10', clinic: 'Respublika Klinik Xəstəxanası' },
      { id: 202, referredOn: '2021-02-11', clinic: 'Gəncə şəhər 2 saylı poliklinika' },
      { id: 203, referredOn: '2024-04-02', clinic: 'Mərkəzi Neftçilər Xəstəxanası' },
    ],
    diagnoses: [
      { id: 301, decisionId: 102, icd10: 'I10', description: 'Arterial hipertenziya' },
      { id: 302, decisionId: 103, ...STROKE },
      { id: 303, decisionId: 103, icd10: 'G81.9', description: 'Hemipleqiya' },
    ],
  }),
  profile(1, WAR_VETERAN, {
    decisions: [
      decision({
        id: 111,
        percent: 90,
        degree: 'I',
        cause: 'WAR_RELATED',
        reexaminationOn: null,
        indefinite: true,
      }),
    ],
    referrals: [],
    diagnoses: [
      {
        id: 311,
        decisionId: 111,
        icd10: 'T90.5',
        description: 'Kəllə-beyin travmasının nəticələri',
      },
    ],
  }),
  profile(2, CHILD, {
    decisions: [
      decision({
        id: 121,
        percent: 45,
        degree: 'CHILD',
        cause: 'SINCE_CHILDHOOD',
        reexaminationOn: '2027-09-01',
      }),
    ],
    referrals: [],
    diagnoses: [],
  }),
  profile(3, NOT_ASSESSED, null),
  profile(4, BOTH_SYSTEMS, {
    decisions: [
      decision({
        id: 141,
        system: 'GROUP',
        percent: null,
        degree: 'II',
        decidedOn: '2019-05-10',
        validFrom: '2019-05-10',
        reexaminationOn: '2022-09-01',
        status: 'SUPERSEDED',
      }),
      decision({
        id: 142,
        percent: 65,
        degree: 'II',
        decidedOn: '2022-09-05',
        validFrom: '2022-09-05',
        reexaminationOn: null,
        indefinite: true,
      }),
    ],
    referrals: [],
    diagnoses: [],
  }),
  profile(5, LONG_STANDING, {
    decisions: [
      decision({
        id: 151,
        system: 'GROUP',
        percent: null,
        degree: 'I',
        decidedOn: '2016-03-14',
        validFrom: '2016-03-14',
        reexaminationOn: null,
        indefinite: true,
      }),
    ],
    referrals: [],
    diagnoses: [],
  }),
  profile(6, NO_REEXAMINATION, {
    decisions: [decision({ id: 161, percent: 25, degree: 'NONE', reexaminationOn: null })],
    referrals: [],
    diagnoses: [],
  }),
];

// 50 more assessed citizens for the statement-count test.
const FIN_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function bulkFin(i: number): string {
  let digits = '';
  for (let n = i; digits.length < 6; n = Math.floor(n / FIN_ALPHABET.length)) {
    digits = (FIN_ALPHABET[n % FIN_ALPHABET.length] ?? '0') + digits;
  }
  return `B${digits}`;
}
const BULK_FINS = Array.from({ length: 50 }, (_, i) => bulkFin(i));
const BULK: CitizenProfile[] = BULK_FINS.map((fin, i) =>
  profile(100 + i, fin, {
    decisions: [
      decision({ id: 10_000 + i * 10, status: 'SUPERSEDED', percent: 35, degree: 'III' }),
      decision({ id: 10_000 + i * 10 + 1 }),
    ],
    referrals: [{ id: 20_000 + i, referredOn: '2024-04-02', clinic: 'Sumqayıt şəhər xəstəxanası' }],
    diagnoses: [{ id: 30_000 + i, decisionId: 10_000 + i * 10 + 1, ...STROKE }],
  }),
);

// ---------------------------------------------------------------------------------------------
// Identities
// ---------------------------------------------------------------------------------------------

const citizen = (fin: string): Identity =>
  operator({ role: 'citizen', actor: `citizen-${fin}`, fin, centre: null, purpose: null });
const officer = (
  role: Identity['role'],
  purpose: string | null = 'DISABILITY_REVIEW:TSE-2026-77',
) => operator({ role, actor: `${role}-9`, centre: null, agency: role, purpose });
const partner = (scopes: string[], purpose: string | null = 'AGREEMENT:BANK-2025-4') =>
  operator({
    role: 'partner',
    actor: 'bank-api',
    centre: null,
    agency: 'Kapital Bank',
    scopes,
    purpose,
  });
const auditor = () => operator({ role: 'auditor', actor: 'dpo-1', centre: null, purpose: null });

/** Everyone who must never read a diagnosis of ASSESSED. */
const NEVER_HEALTH_DATA: [string, Identity][] = [
  ['operator', operator()],
  ['pension_officer', officer('pension_officer')],
  ['employment_officer', officer('employment_officer')],
  ['disability_officer without purpose', officer('disability_officer', null)],
  ['partner with disability:degree', partner(['disability:degree'])],
  [
    'partner with every scope it could guess',
    partner(['disability:degree', 'disability:diagnoses', 'disability:*', '*']),
  ],
  ['auditor', auditor()],
  ['another citizen', citizen(WAR_VETERAN)],
];

// ---------------------------------------------------------------------------------------------
// Query shapes that ask for diagnoses: plain, aliased, through fragments
// ---------------------------------------------------------------------------------------------

const DIAGNOSIS_SHAPES: [string, { selection: string; fragments?: string }][] = [
  [
    'a plain field',
    { selection: '... on Citizen { disability { diagnoses { icd10 description decisionId } } }' },
  ],
  [
    'aliases',
    {
      selection:
        '... on Citizen { d: disability { x: diagnoses { code: icd10 text: description } } }',
    },
  ],
  [
    'named fragments',
    {
      selection: '...C',
      fragments:
        'fragment C on Citizen { disability { ...D } } fragment D on DisabilityRecord { diagnoses { icd10 description } }',
    },
  ],
  [
    'an inline fragment',
    {
      selection:
        '... on Citizen { disability { ... on DisabilityRecord { diagnoses { icd10 } } } }',
    },
  ],
  [
    'an alias beside an allowed summary',
    {
      selection:
        '... on Citizen { a: disability { degree } b: disability { diagnoses { icd10 } } }',
    },
  ],
];

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { SELECTION } } FRAGMENTS';

function leaksHealthData(result: GraphQLResponse): boolean {
  const text = JSON.stringify(result);
  return HEALTH_MARKERS.some((marker) => text.includes(marker));
}

/** A decision whose degree code the graph does not know, written past the seeder. */
async function insertBadCode(db: Knex): Promise<void> {
  await db('tse_qerar').insert({
    id: 999,
    fin: BAD_CODE,
    qerar_tarixi: '2024-01-01',
    derece: 'IV',
    faiz: 50,
    sebeb: 'UX',
    quvvede_tarixi: '2024-01-01',
    yeni_muayine: null,
    komissiya: 'Test',
    imzalar: '',
    status: 'C',
  });
}

describe.each(testDialects())('disability subgraph on $name', (dialect) => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      name: 'disability',
      dialect,
      profiles: [...FIXTURES, ...BULK],
      prepare: insertBadCode,
    });
  });

  afterAll(() => subgraph.close());

  /** Asks `_entities` for these FINs, as the gateway would, signed for this identity. */
  function entities(
    identity: Identity,
    fins: readonly string[],
    selection: string,
    fragments = '',
  ): Promise<GraphQLResponse<{ _entities: Record<string, unknown>[] }>> {
    return subgraph.call(
      ENTITIES.replace('SELECTION', selection).replace('FRAGMENTS', fragments),
      identity,
      { variables: { r: fins.map((fin) => ({ __typename: 'Citizen', fin })) } },
    );
  }

  describe('the record', () => {
    it('flattens the decision in force into the summary', async () => {
      const result = await entities(
        officer('disability_officer'),
        [ASSESSED, WAR_VETERAN, CHILD],
        '... on Citizen { fin disability { degree percent cause validFrom reexaminationOn indefinite } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        {
          fin: ASSESSED,
          disability: {
            degree: 'II',
            percent: 70,
            cause: 'GENERAL_ILLNESS',
            validFrom: '2024-05-01',
            reexaminationOn: '2026-05-01',
            indefinite: false,
          },
        },
        {
          fin: WAR_VETERAN,
          disability: {
            degree: 'I',
            percent: 90,
            cause: 'WAR_RELATED',
            validFrom: '2024-05-01',
            reexaminationOn: null,
            indefinite: true,
          },
        },
        {
          fin: CHILD,
          disability: {
            degree: 'CHILD_LIMITED_HEALTH_CAPACITY',
            percent: 45,
            cause: 'SINCE_CHILDHOOD',
            validFrom: '2024-05-01',
            reexaminationOn: '2027-09-01',
            indefinite: false,
          },
        },
      ]);
    });

    it('is null for a citizen never assessed, without an error', async () => {
      const result = await entities(
        operator(),
        [NOT_ASSESSED],
        '... on Citizen { fin disability { degree } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([{ fin: NOT_ASSESSED, disability: null }]);
    });

    it('round-trips UTF-8 commission, signatories, clinics and diagnoses', async () => {
      const result = await entities(
        officer('disability_officer'),
        [ASSESSED],
        `... on Citizen { disability {
            decisions(first: 1) { edges { node { id decidedOn commission signatories status } } }
            referrals(first: 1) { edges { node { referredOn clinic } } }
            diagnoses { icd10 description decisionId } } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0]).toEqual({
        disability: {
          decisions: {
            edges: [
              {
                node: {
                  id: '103',
                  decidedOn: '2024-04-20',
                  commission: 'Bakı şəhəri 3 saylı Tibbi-Sosial Ekspert Komissiyası',
                  signatories: [
                    'Məmmədova Gülnarə Əli qızı',
                    'Hüseynov Şahin Rəşid oğlu',
                    'Qasımova Günay',
                  ],
                  status: 'CURRENT',
                },
              },
            ],
          },
          referrals: {
            edges: [
              { node: { referredOn: '2024-04-02', clinic: 'Mərkəzi Neftçilər Xəstəxanası' } },
            ],
          },
          diagnoses: [
            { icd10: 'I10', description: 'Arterial hipertenziya', decisionId: '102' },
            { ...STROKE, decisionId: '103' },
            { icd10: 'G81.9', description: 'Hemipleqiya', decisionId: '103' },
          ],
        },
      });
    });

    it('stores the legacy codes', async () => {
      const rows = await subgraph
        .db('tse_qerar')
        .select('id', 'derece', 'sebeb', 'yeni_muayine', 'status', 'imzalar')
        .whereIn('id', [102, 111, 121])
        .orderBy('id');
      expect(rows).toEqual([
        expect.objectContaining({ id: 102, derece: 'III', sebeb: 'UX', status: 'S' }),
        expect.objectContaining({
          id: 111,
          derece: 'I',
          sebeb: 'MH',
          yeni_muayine: null,
          status: 'C',
        }),
        expect.objectContaining({ id: 121, derece: 'UMS', sebeb: 'UU', status: 'C' }),
      ]);
      expect(rows[0]?.imzalar).toBe(
        'Məmmədova Gülnarə Əli qızı; Hüseynov Şahin Rəşid oğlu; Qasımova Günay',
      );
    });

    it('answers an unknown legacy code with an error, not a guessed degree', async () => {
      const result = await entities(
        officer('disability_officer'),
        [BAD_CODE],
        '... on Citizen { disability { degree } }',
      );
      // The code book throws; the kit's shield logs it and answers INTERNAL. Nothing is guessed.
      expect(errorCodes(result)).toHaveLength(1);
      expect(['INTERNAL', 'FORBIDDEN']).toContain(errorCodes(result)[0]);
      expect(JSON.stringify(result)).not.toMatch(/derece|tse_qerar|IV/);
      expect(result.data?._entities).toEqual([{ disability: null }]);
    });
  });

  describe('the assessment system and indefinite re-examination', () => {
    const SYSTEM = 'degree percent lossPercent assessmentSystem group reexaminationOn indefinite';

    it('tells a group decision from a percentage one in one history', async () => {
      const result = await entities(
        officer('disability_officer'),
        [BOTH_SYSTEMS],
        `... on Citizen { disability { ${SYSTEM} decisions { edges { node { id decidedOn ${SYSTEM} } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const now = {
        degree: 'II',
        percent: 65,
        lossPercent: 65,
        assessmentSystem: 'PERCENTAGE',
        group: null,
        reexaminationOn: null,
        indefinite: true,
      };
      expect(result.data?._entities[0]).toEqual({
        disability: {
          ...now,
          decisions: {
            edges: [
              { node: { id: '142', decidedOn: '2022-09-05', ...now } },
              {
                node: {
                  id: '141',
                  decidedOn: '2019-05-10',
                  degree: 'II',
                  // Kept non-null for existing clients; lossPercent says there is none.
                  percent: 0,
                  lossPercent: null,
                  assessmentSystem: 'GROUP',
                  group: 'II',
                  reexaminationOn: '2022-09-01',
                  indefinite: false,
                },
              },
            ],
          },
        },
      });
    });

    it('gives an operator a group decision still in force, and reports what it disclosed', async () => {
      const result = await entities(
        operator(),
        [LONG_STANDING],
        `... on Citizen { disability { ${SYSTEM} } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0]).toEqual({
        disability: {
          degree: 'I',
          percent: 0,
          lossPercent: null,
          assessmentSystem: 'GROUP',
          group: 'I',
          reexaminationOn: null,
          indefinite: true,
        },
      });
      const report = (result as { extensions?: Record<string, unknown> }).extensions?.[
        DISCLOSURE_EXTENSION
      ] as { subjects: string[]; fields: string[] } | undefined;
      expect(report?.subjects).toEqual([LONG_STANDING]);
      expect(report?.fields).toEqual(
        expect.arrayContaining([
          'DisabilityRecord.assessmentSystem',
          'DisabilityRecord.lossPercent',
          'DisabilityRecord.group',
          'DisabilityRecord.indefinite',
        ]),
      );
    });

    it('tells a missing re-examination date from an indefinite one', async () => {
      const result = await entities(
        operator(),
        [NO_REEXAMINATION, WAR_VETERAN],
        '... on Citizen { fin disability { degree reexaminationOn indefinite } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        {
          fin: NO_REEXAMINATION,
          disability: { degree: 'NONE', reexaminationOn: null, indefinite: false },
        },
        { fin: WAR_VETERAN, disability: { degree: 'I', reexaminationOn: null, indefinite: true } },
      ]);
    });

    it('stores the system and the indefinite marker in the legacy columns', async () => {
      const rows = await subgraph
        .db('tse_qerar')
        .select('id', 'derece', 'faiz', 'sistem', 'yeni_muayine', 'muddetsiz')
        .whereIn('id', [111, 141, 151, 161])
        .orderBy('id');
      expect(
        rows.map((row: Record<string, unknown>) => ({
          ...row,
          muddetsiz: Number(row['muddetsiz']),
        })),
      ).toEqual([
        { id: 111, derece: 'I', faiz: 90, sistem: 'Y', yeni_muayine: null, muddetsiz: 1 },
        { id: 141, derece: 'II', faiz: 0, sistem: 'K', yeni_muayine: '2022-09-01', muddetsiz: 0 },
        { id: 151, derece: 'I', faiz: 0, sistem: 'K', yeni_muayine: null, muddetsiz: 1 },
        { id: 161, derece: 'YOX', faiz: 25, sistem: 'Y', yeni_muayine: null, muddetsiz: 0 },
      ]);
    });

    it('refuses a partner with disability:degree the system, group and percentage', async () => {
      for (const field of ['assessmentSystem', 'lossPercent', 'group']) {
        const more = await entities(
          partner(['disability:degree']),
          [LONG_STANDING],
          `... on Citizen { disability { ${field} } }`,
        );
        expect(errorCodes(more), field).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('pagination', () => {
    const page = (field: 'decisions' | 'referrals', args: string) =>
      entities(
        officer('disability_officer'),
        [ASSESSED],
        `... on Citizen { disability { ${field}(${args}) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
      );
    type Page = {
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const pageOf = (
      result: GraphQLResponse<{ _entities: Record<string, unknown>[] }>,
      field: string,
    ): Page => {
      const record = result.data?._entities[0]?.['disability'] as Record<string, Page> | undefined;
      const connection = record?.[field];
      if (connection === undefined) throw new Error(`no ${field} page: ${JSON.stringify(result)}`);
      return connection;
    };

    it.each([
      ['decisions', ['103', '102'], ['101']],
      ['referrals', ['203', '202'], ['201']],
    ] as const)('pages %s newest first with first/after', async (field, firstIds, restIds) => {
      const first = pageOf(await page(field, 'first: 2'), field);
      expect(first.edges.map((e) => e.node.id)).toEqual(firstIds);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.pageInfo.endCursor).toBe(first.edges[1]?.cursor);

      const rest = pageOf(
        await page(field, `first: 2, after: "${first.pageInfo.endCursor}"`),
        field,
      );
      expect(rest.edges.map((e) => e.node.id)).toEqual(restIds);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    it('gives an empty page for first: 0 and says more follow', async () => {
      const empty = pageOf(await page('decisions', 'first: 0'), 'decisions');
      expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    });

    it.each([
      ['decisions', 'first: -1'],
      ['decisions', 'first: 101'],
      ['decisions', 'after: "not-a-cursor"'],
      ['referrals', 'first: -5'],
      ['referrals', `after: "${Buffer.from('v2:12').toString('base64url')}"`],
    ] as const)('answers %s(%s) with BAD_USER_INPUT', async (field, args) => {
      const result = await page(field, args);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('statements', () => {
    const FULL =
      '... on Citizen { fin disability { degree cause decisions(first: 2) { edges { node { id commission signatories } } pageInfo { hasNextPage } } referrals(first: 2) { edges { node { clinic } } } diagnoses { icd10 } } }';

    async function countStatements(fins: readonly string[]): Promise<number> {
      let result: GraphQLResponse<{ _entities: Record<string, unknown>[] }> | undefined;
      const count = await subgraph.countStatements(async () => {
        result = await entities(officer('disability_officer'), fins, FULL);
      });
      expect(result?.errors).toBeUndefined();
      expect(result?.data?._entities).toHaveLength(fins.length);
      for (const entity of result?.data?._entities ?? [])
        expect(entity['disability']).not.toBeNull();
      return count;
    }

    it('runs as many statements for 50 citizens as for 1', async () => {
      const one = await countStatements(BULK_FINS.slice(0, 1));
      const fifty = await countStatements(BULK_FINS);
      // Decision in force, decisions page, referrals page, diagnoses: one statement each.
      expect(one).toBe(4);
      expect(fifty).toBe(one);
    });
  });

  describe('permissions', () => {
    const SUMMARY =
      '... on Citizen { fin disability { degree percent validFrom reexaminationOn indefinite } }';

    it('gives an operator the one-window summary', async () => {
      const result = await entities(operator(), [ASSESSED], SUMMARY);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0]).toEqual({
        fin: ASSESSED,
        disability: {
          degree: 'II',
          percent: 70,
          validFrom: '2024-05-01',
          reexaminationOn: '2026-05-01',
          indefinite: false,
        },
      });
    });

    it.each([
      ['cause', 'cause'],
      ['decisions', 'decisions { edges { node { id } } }'],
      ['referrals', 'referrals { edges { node { clinic } } }'],
      ['diagnoses', 'diagnoses { icd10 }'],
    ])('refuses an operator %s', async (_name, field) => {
      const result = await entities(
        operator(),
        [ASSESSED],
        `... on Citizen { disability { degree ${field} } }`,
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(leaksHealthData(result)).toBe(false);
    });

    it('refuses an operator without a stated purpose', async () => {
      const result = await entities(operator({ purpose: null }), [ASSESSED], SUMMARY);
      expect(errorCodes(result)).toContain('FORBIDDEN');
      // `fin` is non-null, so the refused entity as a whole is null.
      expect(result.data?._entities).toEqual([null]);
      expect(leaksHealthData(result)).toBe(false);
    });

    it.each(['pension_officer', 'employment_officer'] as const)(
      'gives a %s the summary with cause, but not the file',
      async (role) => {
        const summary = await entities(
          officer(role),
          [ASSESSED],
          '... on Citizen { disability { degree cause } }',
        );
        expect(summary.errors).toBeUndefined();
        expect(summary.data?._entities[0]).toEqual({
          disability: { degree: 'II', cause: 'GENERAL_ILLNESS' },
        });

        const file = await entities(
          officer(role),
          [ASSESSED],
          '... on Citizen { disability { decisions { edges { node { commission signatories } } } } }',
        );
        expect(errorCodes(file)).toEqual(['FORBIDDEN']);
        expect(JSON.stringify(file)).not.toContain('Komissiya');
      },
    );

    it('gives the disability officer the whole file', async () => {
      const result = await entities(
        officer('disability_officer'),
        [ASSESSED],
        '... on Citizen { disability { cause decisions { edges { node { id status } } } referrals { edges { node { id } } } diagnoses { icd10 } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0]).toEqual({
        disability: {
          cause: 'GENERAL_ILLNESS',
          decisions: {
            edges: [
              { node: { id: '103', status: 'CURRENT' } },
              { node: { id: '102', status: 'SUPERSEDED' } },
              { node: { id: '101', status: 'SUPERSEDED' } },
            ],
          },
          referrals: {
            edges: [{ node: { id: '203' } }, { node: { id: '202' } }, { node: { id: '201' } }],
          },
          diagnoses: [{ icd10: 'I10' }, { icd10: 'I63.9' }, { icd10: 'G81.9' }],
        },
      });
    });

    it('gives a citizen their own whole file, diagnoses included', async () => {
      const result = await entities(
        citizen(ASSESSED),
        [ASSESSED],
        '... on Citizen { fin disability { degree cause decisions(first: 1) { edges { node { signatories } } } referrals(first: 1) { edges { node { clinic } } } diagnoses { icd10 } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0]).toEqual({
        fin: ASSESSED,
        disability: {
          degree: 'II',
          cause: 'GENERAL_ILLNESS',
          decisions: {
            edges: [
              {
                node: {
                  signatories: [
                    'Məmmədova Gülnarə Əli qızı',
                    'Hüseynov Şahin Rəşid oğlu',
                    'Qasımova Günay',
                  ],
                },
              },
            ],
          },
          referrals: { edges: [{ node: { clinic: 'Mərkəzi Neftçilər Xəstəxanası' } }] },
          diagnoses: [{ icd10: 'I10' }, { icd10: 'I63.9' }, { icd10: 'G81.9' }],
        },
      });
    });

    it("refuses a citizen another citizen's record via _entities", async () => {
      const result = await entities(
        citizen(WAR_VETERAN),
        [WAR_VETERAN, ASSESSED],
        '... on Citizen { fin disability { degree } }',
      );
      expect(result.data?._entities[0]).toEqual({ fin: WAR_VETERAN, disability: { degree: 'I' } });
      expect(result.data?._entities[1]).toBeNull();
      expect(errorCodes(result)).toContain('FORBIDDEN');
      expect(new Set(errorCodes(result))).toEqual(new Set(['FORBIDDEN']));
      for (const error of result.errors ?? [])
        expect(error.path?.slice(0, 2)).toEqual(['_entities', 1]);
    });

    it('gives a partner with disability:degree the degree and nothing else', async () => {
      const degree = await entities(
        partner(['disability:degree']),
        [ASSESSED, NOT_ASSESSED],
        '... on Citizen { disability { degree } }',
      );
      expect(degree.errors).toBeUndefined();
      expect(degree.data?._entities).toEqual([
        { disability: { degree: 'II' } },
        { disability: null },
      ]);

      for (const field of [
        'percent',
        'cause',
        'validFrom',
        'reexaminationOn',
        'indefinite',
        'referrals { edges { cursor } }',
      ]) {
        const more = await entities(
          partner(['disability:degree']),
          [ASSESSED],
          `... on Citizen { disability { ${field} } }`,
        );
        expect(errorCodes(more), field).toEqual(['FORBIDDEN']);
      }
    });

    it.each([
      ['no scope', partner([])],
      ['another registry’s scope', partner(['pension:status'])],
      ['the scope but no purpose', partner(['disability:degree'], null)],
      ['an auditor', auditor()],
    ])('refuses a partner with %s and the auditor', async (_name, identity) => {
      const result = await entities(
        identity,
        [ASSESSED],
        '... on Citizen { disability { degree } }',
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(result.data?._entities).toEqual([{ disability: null }]);
    });

    it('refuses an unsigned request and a token signed for another subgraph', async () => {
      const query = '{ _service { sdl } }';
      const unsigned = await subgraph.call(query, null);
      expect(unsigned.status).toBe(401);
      expect(errorCodes(unsigned)).toEqual(['UNAUTHENTICATED']);
      const misdirected = await subgraph.call(query, operator(), { audience: 'people' });
      expect(misdirected.status).toBe(401);
    });
  });

  describe('diagnoses are health data', () => {
    describe.each(NEVER_HEALTH_DATA)('for %s', (_who, identity) => {
      it.each(DIAGNOSIS_SHAPES)(
        'are refused through %s',
        async (_shape, { selection, fragments }) => {
          const result = await entities(identity, [ASSESSED], selection, fragments);
          expect(errorCodes(result)).toContain('FORBIDDEN');
          expect(leaksHealthData(result)).toBe(false);
        },
      );
    });

    describe.each([
      ['the disability officer', officer('disability_officer')],
      ['the citizen themself', citizen(ASSESSED)],
    ])('for %s', (_who, identity) => {
      it.each(DIAGNOSIS_SHAPES)(
        'are given through %s',
        async (_shape, { selection, fragments }) => {
          const result = await entities(identity, [ASSESSED], selection, fragments);
          expect(result.errors).toBeUndefined();
          expect(JSON.stringify(result.data)).toContain('I63.9');
        },
      );
    });

    it('cannot be reached as an entity of their own', async () => {
      const result = await subgraph.call(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Diagnosis { icd10 } } }',
        operator(),
        { variables: { r: [{ __typename: 'Diagnosis', fin: ASSESSED }] } },
      );
      expect(errorCodes(result)).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(leaksHealthData(result)).toBe(false);
    });
  });
});

describe('disability permissions', () => {
  it('name every object type and every field of the schema', () => {
    const schema = buildSubgraphSchema({ typeDefs: disabilitySubgraph.schema });
    const rules: Record<string, unknown> = disabilitySubgraph.rules;
    const unnamed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const rule = rules[type.name];
      if (rule === undefined) unnamed.push(type.name);
      else if (isFieldMap(rule)) {
        for (const field of Object.keys(type.getFields())) {
          if (!(field in rule)) unnamed.push(`${type.name}.${field}`);
        }
      }
    }
    expect(unnamed).toEqual([]);
  });
});

function isFieldMap(rule: unknown): rule is Record<string, unknown> {
  // graphql-shield rules are class instances; a field map is a plain object.
  return (
    typeof rule === 'object' && rule !== null && Object.getPrototypeOf(rule) === Object.prototype
  );
}
