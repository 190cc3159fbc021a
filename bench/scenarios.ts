import type { ConfigId, ScenarioId } from './benchSettings.ts';
import { sentById } from './sentById.ts';

/** Which pool of FINs a request draws from. */
/** `citizens` is a smaller population sample with a token signed for each. */
export type FinSource = 'population' | 'pensioners' | 'citizens';
/** Who calls: the role of the client token (a, b) and of the identity (e) signs. */
export type Caller = 'operator' | 'pension_officer' | 'citizen';

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  readonly caller: Caller;
  readonly source: FinSource;
  /** FINs per request. */
  readonly batch: number;
  /** The operation through a gateway, and its variables for the FINs drawn. */
  readonly query: string;
  /** Sent instead of `query` when set: the id of the same operation's trusted document. */
  readonly documentId?: string;
  variables(fins: readonly string[]): Record<string, unknown>;
  /** The floor (e): one registry subgraph answering its part alone. */
  readonly floor: { subgraph: 'pensions' | 'audit'; query: string };
  /** Configurations that cannot run it meaningfully, with why. */
  readonly notApplicable: Partial<Record<ConfigId, string>>;
  /** Why a (parsed, 200) answer is wrong, or null when it has what was asked. */
  check(data: unknown, fins: readonly string[], floor: boolean): string | null;
}

const entities = (selection: string) =>
  `query Floor($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { ${selection} } } }`;

const NO_AUTH =
  'needs a per-request citizen identity; this configuration forwards one static staff identity';

const SENT_AS_TEXT: Readonly<Record<Exclude<ScenarioId, 'S1id'>, Scenario>> = {
  S1: {
    id: 'S1',
    title: 'one-window view of one random citizen (pension, unemployment, disability summaries)',
    caller: 'pension_officer',
    source: 'population',
    batch: 1,
    query: `query OneWindow($fin: FIN!) { citizen(fin: $fin) { fin fullName birthDate
      pension { labourPension { type status amount } }
      unemployment { status benefit { monthlyAmount status } }
      disability { degree percent } } }`,
    variables: ([fin]) => ({ fin }),
    floor: {
      subgraph: 'pensions',
      query: entities('pension { labourPension { type status amount } }'),
    },
    notApplicable: {},
    check: (data, _fins, floor) =>
      floor
        ? entityCount(data, 1)
        : typeof at(data, 'citizen', 'fullName') === 'string'
          ? null
          : 'no citizen',
  },
  S2: {
    id: 'S2',
    title: "pension officer's worklist of 100 random citizens in one query",
    caller: 'pension_officer',
    source: 'population',
    batch: 100,
    query: `query Queue($fins: [FIN!]!) { citizens(fins: $fins) { fin fullName
      pension { labourPension { status amount } } disability { degree } } }`,
    variables: (fins) => ({ fins }),
    floor: { subgraph: 'pensions', query: entities('pension { labourPension { status amount } }') },
    notApplicable: {},
    check: (data, fins, floor) => {
      if (floor) return entityCount(data, fins.length);
      const list = at(data, 'citizens');
      return Array.isArray(list) && list.length === fins.length && list.every((c) => c !== null)
        ? null
        : 'not every citizen came back';
    },
  },
  S3: {
    id: 'S3',
    title: 'one page of payments(first: 50) of a random pensioner, read by a pension officer',
    caller: 'pension_officer',
    source: 'pensioners',
    batch: 1,
    query: `query Payments($fin: FIN!) { citizen(fin: $fin) { fin pension { labourPension {
      payments(first: 50) { edges { node { period paidOn amount } } pageInfo { hasNextPage endCursor } } } } } }`,
    variables: ([fin]) => ({ fin }),
    floor: {
      subgraph: 'pensions',
      query: entities(
        'pension { labourPension { payments(first: 50) { edges { node { period paidOn amount } } pageInfo { hasNextPage endCursor } } } }',
      ),
    },
    notApplicable: {},
    check: (data, _fins, floor) => {
      const root = floor ? at(data, '_entities', 0) : at(data, 'citizen');
      const edges = at(root, 'pension', 'labourPension', 'payments', 'edges');
      return Array.isArray(edges) && edges.length > 0 ? null : 'no payments';
    },
  },
  S4: {
    id: 'S4',
    title: "a random citizen's own `me` view with the last 10 entries of their access log",
    caller: 'citizen',
    source: 'citizens',
    batch: 1,
    query: '{ me { fullName accessLog(first: 10) { edges { node { at } } } } }',
    variables: () => ({}),
    floor: { subgraph: 'audit', query: entities('accessLog(first: 10) { edges { node { at } } }') },
    notApplicable: { c: NO_AUTH, d: NO_AUTH, f: NO_AUTH },
    check: (data, _fins, floor) => {
      const root = floor ? at(data, '_entities', 0) : at(data, 'me');
      return Array.isArray(at(root, 'accessLog', 'edges')) ? null : 'no access log';
    },
  },
};

export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = {
  ...SENT_AS_TEXT,
  // S1's operation as a trusted document (clients/operations/OneWindow.graphql), by id.
  S1id: sentById(SENT_AS_TEXT.S1, 'S1id', 'OneWindow'),
};

/** Walks plain JSON by keys and indices; undefined when any step is missing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function entityCount(data: unknown, expected: number): string | null {
  const list = at(data, '_entities');
  return Array.isArray(list) && list.length === expected ? null : 'wrong _entities count';
}
