import type { RunnableSubgraph } from '@dost/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@dost/platform/createLogger.ts';
import { DISCLOSURE_EXTENSION } from '@dost/platform/disclosureReport.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';
import { REGISTRY_SEEDERS } from '../../seed/registrySeeders.ts';
import { generateBatch } from '../../seed/synthetic/generateBatch.ts';
import { operator } from '../helpers/callSubgraph.ts';
import {
  openTestRegistry,
  testDialects,
  type TestDb,
  type TestDialect,
} from '../helpers/testDatabases.ts';

/*
 * Permission decisions are plain functions evaluated per field, and disclosure is tracked
 * without waiting a tick per field: neither may let one caller's decision or record reach
 * another request, nor count a denied field as disclosed.
 */

const PROFILES = generateBatch({ seed: 7, from: 0, to: 120, count: 120 });
const PENSIONERS = PROFILES.filter((p) => p.pension !== null).map((p) => p.fin);
const [OWN = '', OTHER = ''] = PENSIONERS;

const S1 = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Citizen { pension { labourPension { type status amount } } } } }`;
const S1_FIELDS = [
  'Citizen.pension',
  'LabourPension.amount',
  'LabourPension.status',
  'LabourPension.type',
  'PensionRecord.labourPension',
];

const citizen = (fin: string): Identity =>
  operator({ actor: `citizen:${fin}`, role: 'citizen', fin, centre: null, purpose: null });
const partner = (...scopes: string[]): Identity =>
  operator({ actor: 'bank-7', role: 'partner', centre: null, agency: 'Kapital Bank', scopes });

interface Answer {
  readonly status: number;
  readonly cacheControl: string | null;
  readonly data?: { _entities: ({ pension: unknown } | null)[] } | null;
  readonly errors?: { extensions?: { code?: string } }[];
  readonly extensions?: Record<string, { subjects: string[]; fields: string[]; refused: string[] }>;
}

interface Running {
  readonly store: TestDb;
  readonly subgraph: RunnableSubgraph;
  readonly server: Listening;
}

/** A registry subgraph over a fresh seeded database; the identity rides in a test header. */
async function start(dialect: TestDialect, name: 'people' | 'pensions'): Promise<Running> {
  const module = REGISTRY_SUBGRAPHS[name];
  const store = await openTestRegistry(dialect, module.database, module.migrations);
  await REGISTRY_SEEDERS[name]?.(store.db, PROFILES);
  const log = createLogger({ level: 'silent' });
  // These tests are about what happens once the caller is known, not about tokens.
  const subgraph = module.create({
    db: store.db,
    log,
    authenticate: (req) =>
      Promise.resolve({
        identity: JSON.parse(String(req.headers['x-test-identity'])) as Identity,
        traceparent: null,
      }),
  });
  await subgraph.start();
  return { store, subgraph, server: await listen([subgraph.handler], { log }) };
}

/** Posts an operation as `identity`; the answer's body with its status and cache-control. */
async function post<T>(url: string, identity: Identity, body: object): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-identity': JSON.stringify(identity) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as object;
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    ...answer,
  } as T;
}

describe.each(testDialects())('decisions and disclosures per request on $name', (dialect) => {
  let pensions: Running;
  let people: Running;

  beforeAll(async () => {
    pensions = await start(dialect, 'pensions');
    people = await start(dialect, 'people');
  });

  afterAll(async () => {
    for (const { server, subgraph, store } of [pensions, people]) {
      await server.close();
      await subgraph.stop();
      await store.cleanup();
    }
  });

  const call = (identity: Identity, fins: readonly string[]) =>
    post<Answer>(pensions.server.url, identity, {
      query: S1,
      variables: { r: fins.map((fin) => ({ __typename: 'Citizen', fin })) },
    });

  const codes = (answer: Answer) => (answer.errors ?? []).map((e) => e.extensions?.code);
  const report = (answer: Answer) => answer.extensions?.[DISCLOSURE_EXTENSION];
  const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

  it('decides for each request by its own caller, however requests interleave', async () => {
    const callers = [
      { identity: operator(), allowed: true },
      { identity: partner(), allowed: false },
      { identity: citizen(OWN), allowed: true },
      { identity: citizen(OTHER), allowed: false },
      { identity: partner('pension:status', 'pension:amount'), allowed: true },
      { identity: operator({ purpose: null }), allowed: false },
    ];
    const rounds = Array.from({ length: 5 }, () => callers).flat();
    const answers = await Promise.all(rounds.map(({ identity }) => call(identity, [OWN])));
    answers.forEach((answer, i) => {
      const allowed = rounds[i]?.allowed;
      expect(answer.status).toBe(200);
      if (allowed) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data?._entities[0]?.pension).not.toBeNull();
        expect(sorted(report(answer)?.subjects)).toEqual([OWN]);
      } else {
        expect(codes(answer)).toContain('FORBIDDEN');
        expect(answer.data?._entities[0]?.pension ?? null).toBeNull();
        // Nothing disclosed; the refusal is reported, for the audit record, with whose it was.
        expect(report(answer)?.fields).toEqual([]);
        expect(report(answer)?.refused).toEqual(['Citizen.pension']);
        expect(report(answer)?.subjects).toEqual([OWN]);
      }
    });
  });

  it('never lets a decision that depends on the caller alone reach another request', async () => {
    // `me` is allowed by role alone: a citizen's allowance must never answer an operator's
    // request running beside it, nor the reverse.
    const callers = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? citizen(OWN) : operator()));
    const answers = await Promise.all(
      callers.map((identity) =>
        post<{ data?: { me: { fin: string } | null } | null; errors?: unknown[] }>(
          people.server.url,
          identity,
          { query: '{ me { fin } }' },
        ),
      ),
    );
    answers.forEach((answer, i) => {
      if (i % 2 === 0) expect(answer.data?.me?.fin).toBe(OWN);
      else expect(answer.data?.me ?? null).toBeNull();
      expect(answer.errors === undefined).toBe(i % 2 === 0);
    });
  });

  it('reports every field it disclosed and no field it denied', async () => {
    const full = await call(operator(), [OWN, OTHER]);
    expect(full.errors).toBeUndefined();
    expect(sorted(report(full)?.subjects)).toEqual(sorted([OWN, OTHER]));
    expect(sorted(report(full)?.fields)).toEqual(S1_FIELDS);

    // `amount` is denied and non-null, so the labour pension it belongs to is withheld too.
    const partial = await call(partner('pension:status'), [OWN]);
    expect(codes(partial)).toEqual(['FORBIDDEN']);
    expect(report(partial)).toEqual({
      subjects: [OWN],
      fields: ['Citizen.pension'],
      refused: ['LabourPension.amount'],
    });

    // The citizen's own pension is disclosed; the other citizen's is refused: reported as
    // refused, with whose it was, and never as a disclosed field.
    const mixed = await call(citizen(OWN), [OWN, OTHER]);
    expect(codes(mixed)).toContain('FORBIDDEN');
    expect(sorted(report(mixed)?.subjects)).toEqual(sorted([OWN, OTHER]));
    expect(report(mixed)?.refused).toEqual(['Citizen.pension']);
  });

  it('marks every answer no-store, refusals included', async () => {
    expect((await call(operator(), [OWN])).cacheControl).toBe('no-store');
    expect((await call(partner(), [OWN])).cacheControl).toBe('no-store');
  });
});
