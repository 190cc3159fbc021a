import type { Identity } from '@dost/platform/roles.ts';
import { BENCH_PURPOSE } from './benchIdentities.ts';

/** One operation shape the micro-benchmark drives against one subgraph. */
export interface MicroCase {
  readonly id: string;
  readonly subgraph: 'people' | 'pensions';
  readonly identity: Identity;
  /** Which seeded FINs a call draws. */
  readonly pool: 'population' | 'pensioners';
  /** FINs per call: representations of `_entities`, or `citizens(fins:)`. */
  readonly batch: number;
  readonly query: string;
  variables(fins: readonly string[]): Record<string, unknown>;
}

const staff = (role: Identity['role'], overrides: Partial<Identity> = {}): Identity => ({
  actor: `bench-${role}`,
  role,
  fin: null,
  centre: role === 'operator' ? 'baku-1' : null,
  agency: role === 'operator' ? null : 'DOST',
  scopes: [],
  purpose: BENCH_PURPOSE,
  requestId: 'set-per-call',
  ...overrides,
});

const OPERATOR = staff('operator');
const PENSION_OFFICER = staff('pension_officer');

/** How the gateway fetches a Citizen's fields from a registry that extends it. */
const entities = (selection: string) =>
  `query($representations:[_Any!]!){_entities(representations:$representations){...on Citizen{${selection}}}}`;
const representations = (fins: readonly string[]) => ({
  representations: fins.map((fin) => ({ __typename: 'Citizen', fin })),
});

const S1_PENSION = entities('pension{labourPension{type status amount}}');
const S2_PENSION = entities('pension{labourPension{status amount}}');
const S1_PEOPLE = 'query($fin:FIN!){citizen(fin:$fin){__typename fin fullName birthDate}}';
const S2_PEOPLE = 'query($fins:[FIN!]!){citizens(fins:$fins){__typename fin fullName}}';

export const MICRO_CASES: readonly MicroCase[] = [
  {
    id: 'pensions-1 (S1)',
    subgraph: 'pensions',
    identity: OPERATOR,
    pool: 'population',
    batch: 1,
    query: S1_PENSION,
    variables: representations,
  },
  {
    id: 'pensions-100 (S2)',
    subgraph: 'pensions',
    identity: OPERATOR,
    pool: 'population',
    batch: 100,
    query: S2_PENSION,
    variables: representations,
  },
  {
    id: 'pensions-100-pensioners',
    subgraph: 'pensions',
    identity: PENSION_OFFICER,
    pool: 'pensioners',
    batch: 100,
    query: S1_PENSION,
    variables: representations,
  },
  {
    id: 'people-1 (S1)',
    subgraph: 'people',
    identity: OPERATOR,
    pool: 'population',
    batch: 1,
    query: S1_PEOPLE,
    variables: ([fin]) => ({ fin }),
  },
  {
    id: 'people-100 (S2)',
    subgraph: 'people',
    identity: OPERATOR,
    pool: 'population',
    batch: 100,
    query: S2_PEOPLE,
    variables: (fins) => ({ fins }),
  },
];

/** Operations whose whole answers (data, errors, disclosure report) must not change. */
export function dumpQueries(pools: {
  population: readonly string[];
  pensioners: readonly string[];
}): { id: string; theCase: MicroCase; fins: readonly string[] }[] {
  const pensioners = pools.pensioners.slice(0, 30);
  const mixed = [...pools.population.slice(0, 40), ...pensioners.slice(0, 10)];
  const own = pensioners[0] ?? '';
  const citizen = staff('citizen', {
    actor: `citizen-${own}`,
    fin: own,
    agency: null,
    purpose: null,
  });
  const partner = (...scopes: string[]) =>
    staff('partner', { actor: 'bank-7', agency: 'Kapital Bank', scopes });
  const FULL_PENSION = entities(
    `fin pension{labourPension{id type status assignedOn terminatedOn office insuranceMonths
     requiredInsuranceMonths capital insurancePart minimumTopUp amount
     changes(first:3){edges{cursor node{id kind effectiveOn rateBasisPoints amountBefore amountAfter}} pageInfo{hasNextPage endCursor}}
     payments(first:5){edges{cursor node{id period paidOn amount}} pageInfo{hasNextPage endCursor}}}
     allowances{id type periodicity status grantedOn endsOn amount}}`,
  );
  const PERSON = `__typename fin surname givenName patronymic fullName birthDate sex citizenship
    address{region district street} deathDate family{relation citizen{fin fullName deathDate}}`;
  const shapes: { id: string; theCase: MicroCase; fins: readonly string[] }[] = [];
  const add = (id: string, theCase: Omit<MicroCase, 'id' | 'pool' | 'batch'>, fins: string[]) =>
    shapes.push({ id, theCase: { ...theCase, id, pool: 'population', batch: 0 }, fins });
  const pensionCase = (identity: Identity, query: string) => ({
    subgraph: 'pensions' as const,
    identity,
    query,
    variables: representations,
  });
  for (const [who, identity] of [
    ['operator', OPERATOR],
    ['officer', PENSION_OFFICER],
    ['employment-officer', staff('employment_officer')],
    ['citizen', citizen],
    ['partner-status', partner('pension:status')],
    ['partner-amount', partner('pension:amount')],
    ['partner-both', partner('pension:status', 'pension:amount')],
    ['partner-none', partner()],
    ['no-purpose', staff('operator', { purpose: null })],
    ['auditor', staff('auditor', { purpose: null })],
  ] as const) {
    add(`pensions-s1-${who}`, pensionCase(identity, S1_PENSION), [own]);
    add(`pensions-s2-${who}`, pensionCase(identity, S2_PENSION), mixed);
    add(`pensions-full-${who}`, pensionCase(identity, FULL_PENSION), pensioners.slice(0, 6));
    add(`pensions-full-mixed-${who}`, pensionCase(identity, FULL_PENSION), [own, ...mixed]);
    add(
      `pensions-typename-${who}`,
      pensionCase(identity, entities('__typename fin pension{__typename labourPension{id}}')),
      [own, pools.population[0] ?? ''],
    );
    const peopleCase = (query: string) => ({
      subgraph: 'people' as const,
      identity,
      query,
      variables: (fins: readonly string[]) => ({ fins, fin: fins[0] }),
    });
    add(`people-citizen-${who}`, peopleCase(`query($fin:FIN!){citizen(fin:$fin){${PERSON}}}`), [
      own,
    ]);
    add(
      `people-citizens-${who}`,
      peopleCase(`query($fins:[FIN!]!){citizens(fins:$fins){${PERSON}}}`),
      mixed,
    );
    add(`people-me-${who}`, peopleCase(`{me{${PERSON}}}`), []);
    add(
      `people-entities-${who}`,
      {
        ...peopleCase(
          `query($representations:[_Any!]!){_entities(representations:$representations){...on Citizen{${PERSON}}}}`,
        ),
        variables: representations,
      },
      [own, ...mixed.slice(0, 8)],
    );
    add(
      `people-alive-${who}`,
      peopleCase(`query($fin:FIN!){citizen(fin:$fin){fin deathDate fullName}}`),
      [own],
    );
  }
  // Refused before execution: what the answers carry (headers included) must not change.
  add('invalid-syntax', pensionCase(OPERATOR, '{ _entities('), [own]);
  add('invalid-field', pensionCase(OPERATOR, entities('nosuchfield')), [own]);
  return shapes;
}
