import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@dost/platform/roles.ts';
import { DISCLOSURE_EXTENSION } from '@dost/platform/disclosureReport.ts';
import { SERVICES } from '../../subgraphs/services/catalogue/services.ts';
import { DIRECTIONS } from '../../subgraphs/services/catalogue/directions.ts';
import { createServicesRegistry, type DeskTransaction } from '../../subgraphs/services/registry.ts';
import { errorCodes, operator, type GraphQLResponse } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const FIN = '3HRT9WX';
const OTHER_FIN = '5ZK7P2Q';

const citizen = (fin: string): Identity =>
  operator({ actor: `citizen:${fin}`, role: 'citizen', fin, centre: null, purpose: null });
const operatorAt = (centre: string, actor = `op-${centre}`): Identity =>
  operator({ actor, centre });
const partner = operator({ actor: 'bank-7', role: 'partner', centre: null, agency: 'Bank' });
const auditor = operator({ role: 'auditor', centre: null, purpose: null });

const OPEN = `mutation ($input: OpenCaseInput!) {
  openCase(input: $input) { reference fin status channel centre { code } service { code }
    history { status byRole } }
}`;
const ADVANCE = `mutation ($input: AdvanceCaseInput!) {
  advanceCase(input: $input) { reference status history { status } }
}`;
const ISSUE = `mutation ($input: IssueTicketInput!) {
  issueTicket(input: $input) { id ticket status centre { code } issuedAt }
}`;
const STEP = `mutation ($input: AdvanceVisitInput!) {
  advanceVisit(input: $input) { id status window calledAt servingAt closedAt }
}`;

interface CaseResult {
  reference: string;
  fin: string;
  status: string;
  channel: string;
  centre: { code: string };
  history: { status: string; byRole?: string }[];
}

let keys = 0;
/** A fresh idempotency key per call, unless a test repeats one on purpose. */
const freshKey = () => `test-key-${String(++keys).padStart(6, '0')}`;

describe.each(testDialects())('services subgraph on $name', (dialect) => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ name: 'services', dialect });
  });
  afterAll(() => subgraph.close());

  const count = async (table: string) =>
    Number(((await subgraph.db(table).count({ n: '*' }).first()) as { n: number | string }).n);

  const open = (identity: Identity, input: Record<string, unknown>) =>
    subgraph.call<{ openCase: CaseResult }>(OPEN, identity, {
      variables: {
        input: { idempotencyKey: freshKey(), fin: FIN, serviceCode: 'EMP-02', ...input },
      },
    });

  describe('the catalogue', () => {
    it('holds about 159 services in 15 directions, each named in Azerbaijani and English', () => {
      expect(SERVICES).toHaveLength(159);
      expect(DIRECTIONS).toHaveLength(15);
      expect(new Set(SERVICES.map((s) => s.code)).size).toBe(159);
      for (const service of SERVICES) {
        expect(service.name.length).toBeGreaterThan(3);
        expect(service.nameEn.length).toBeGreaterThan(3);
        expect(service.registries).toContain('people');
      }
    });

    it.each([
      ['a citizen', citizen(FIN)],
      ['an operator', operatorAt('baku-1')],
      ['a partner', partner],
      ['an auditor', auditor],
    ])('is public to %s', async (_who, identity) => {
      const result = await subgraph.call<{
        serviceDirections: { code: string; services: { code: string }[] }[];
        service: {
          name: string;
          nameEn: string;
          registries: string[];
          direction: { code: string };
        };
        centres: { code: string }[];
      }>(
        `{ serviceDirections { code services { code } }
           service(code: "PEN-01") { name nameEn registries direction { code } }
           centres { code } }`,
        identity,
      );
      expect(result.errors).toBeUndefined();
      const directions = result.data?.serviceDirections ?? [];
      expect(directions).toHaveLength(15);
      expect(directions.flatMap((d) => d.services)).toHaveLength(159);
      expect(result.data?.service).toEqual({
        name: 'Yaşa görə əmək pensiyasının təyini',
        nameEn: 'Assigning an old-age labour pension',
        registries: ['people', 'pensions'],
        direction: { code: 'PEN' },
      });
      expect(result.data?.centres.map((c) => c.code)).toContain('baku-1');
    });
  });

  describe('openCase', () => {
    it('opens a case at the operator’s own centre, with its first history step', async () => {
      const result = await open(operatorAt('baku-1'), {});
      expect(result.errors).toBeUndefined();
      expect(result.data?.openCase).toMatchObject({
        fin: FIN,
        status: 'OPENED',
        channel: 'WINDOW',
        centre: { code: 'baku-1' },
        history: [{ status: 'OPENED', byRole: 'operator' }],
      });
      expect(result.data?.openCase.reference).toMatch(/^APP-\d{4}-\d{6,}$/);
    });

    it('reports the write for the audit record: the mutation, its fields, its citizen', async () => {
      const result = await open(operatorAt('baku-1'), {});
      const report = (result as { extensions?: Record<string, unknown> }).extensions?.[
        DISCLOSURE_EXTENSION
      ] as { subjects: string[]; fields: string[] } | undefined;
      expect(report?.subjects).toEqual([FIN]);
      expect(report?.fields).toEqual(expect.arrayContaining(['Mutation.openCase', 'Case.status']));
    });

    it('returns the first case for a repeated key, and writes nothing more', async () => {
      const input = { idempotencyKey: freshKey(), fin: FIN, serviceCode: 'PEN-01' };
      const first = await subgraph.call<{ openCase: CaseResult }>(OPEN, operatorAt('baku-1'), {
        variables: { input },
      });
      const cases = await count('service_case');
      const history = await count('case_status_change');
      const again = await subgraph.call<{ openCase: CaseResult }>(OPEN, operatorAt('baku-1'), {
        variables: { input },
      });
      expect(again.errors).toBeUndefined();
      expect(again.data?.openCase.reference).toBe(first.data?.openCase.reference);
      expect(await count('service_case')).toBe(cases);
      expect(await count('case_status_change')).toBe(history);
    });

    it('refuses a key reused with other input, with a coded error and no write', async () => {
      const idempotencyKey = freshKey();
      await open(operatorAt('baku-1'), { idempotencyKey });
      const cases = await count('service_case');
      const reused = await open(operatorAt('baku-1'), { idempotencyKey, serviceCode: 'PEN-02' });
      expect(errorCodes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
      expect(reused.data).toBeNull();
      expect(await count('service_case')).toBe(cases);
    });

    it('keeps keys per caller: another operator’s same key is their own write', async () => {
      const idempotencyKey = freshKey();
      const mine = await open(operatorAt('baku-1', 'op-a'), { idempotencyKey });
      const theirs = await open(operatorAt('baku-1', 'op-b'), { idempotencyKey });
      expect(theirs.data?.openCase.reference).not.toBe(mine.data?.openCase.reference);
    });

    it('writes once for concurrent calls with one key, and answers each with that case', async () => {
      const input = { idempotencyKey: freshKey(), fin: FIN, serviceCode: 'REF-01' };
      const cases = await count('service_case');
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          subgraph.call<{ openCase: CaseResult }>(OPEN, operatorAt('baku-1'), {
            variables: { input },
          }),
        ),
      );
      for (const result of results) expect(result.errors).toBeUndefined();
      expect(new Set(results.map((r) => r.data?.openCase.reference)).size).toBe(1);
      expect(await count('service_case')).toBe(cases + 1);
      expect(await count('case_status_change')).toBeGreaterThan(0);
    });

    it('refuses an operator another centre, and writes nothing', async () => {
      const cases = await count('service_case');
      const result = await open(operatorAt('baku-1'), { centre: 'ganja' });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(await count('service_case')).toBe(cases);
    });

    it('lets a citizen open an e-application for themself only', async () => {
      const own = await open(citizen(FIN), { centre: 'ganja', serviceCode: 'EMP-01' });
      expect(own.errors).toBeUndefined();
      expect(own.data?.openCase).toMatchObject({
        channel: 'ELECTRONIC',
        centre: { code: 'ganja' },
      });
      const cases = await count('service_case');
      const other = await open(citizen(OTHER_FIN), { centre: 'ganja', serviceCode: 'EMP-01' });
      expect(errorCodes(other)).toEqual(['FORBIDDEN']);
      expect(await count('service_case')).toBe(cases);
    });

    it.each([
      ['a partner', partner],
      ['an auditor', auditor],
      ['an officer', operator({ role: 'pension_officer', centre: null })],
    ])('refuses %s', async (_who, identity) => {
      const result = await open(identity, {});
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    });

    it.each([
      ['an unknown service', { serviceCode: 'NOPE-01' }],
      ['a malformed FIN', { fin: 'OOOOOOO' }],
      ['a malformed key', { idempotencyKey: 'short' }],
      ['a visit that does not exist', { visitId: '999999999' }],
      ['a window-only service as an e-application', { serviceCode: 'LAB-03', centre: 'ganja' }],
    ])('refuses %s as bad input, writing nothing', async (_what, input) => {
      const identity = 'centre' in input ? citizen(FIN) : operatorAt('baku-1');
      const cases = await count('service_case');
      const keysBefore = await count('idempotency_key');
      const result = await open(identity, input);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(result)).not.toMatch(/select|insert|sqlite|mysql/i);
      expect(await count('service_case')).toBe(cases);
      expect(await count('idempotency_key')).toBe(keysBefore);
    });
  });

  describe('the registry’s once()', () => {
    it('lets one of two overlapping writes with one key write, and replays it to the other', async () => {
      const registry = createServicesRegistry(subgraph.db);
      const claim = {
        actor: 'op-race',
        key: freshKey(),
        operation: 'issueTicket',
        inputHash: 'ab'.repeat(32),
      };
      let writes = 0;
      // Each write holds its transaction open a while, so that on MariaDB (a pool) the second
      // call's claim meets the first's uncommitted key; SQLite (one connection) queues it.
      const write = async (trx: DeskTransaction) => {
        writes += 1;
        const id = await trx.insertVisit({
          centre: 'baku-1',
          ticket: 'Q-900',
          serviceCode: null,
          status: 'ISSUED',
          window: null,
          issuedAt: new Date().toISOString(),
          calledAt: null,
          servingAt: null,
          closedAt: null,
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        return id;
      };
      const visits = await count('visit');
      const results = await Promise.all([registry.once(claim, write), registry.once(claim, write)]);
      expect(results.map((r) => r.kind).sort()).toEqual(['replayed', 'written']);
      expect(new Set(results.map((r) => ('id' in r ? r.id : null))).size).toBe(1);
      expect(await count('visit')).toBe(visits + 1);
      // The key is claimed before the write: on MariaDB the second claim waits on the first's
      // uncommitted key and fails as a duplicate once it commits, so it never writes at all.
      expect(writes).toBe(1);
    });
  });

  describe('advanceCase', () => {
    const advance = (identity: Identity, reference: string, to: string, key = freshKey()) =>
      subgraph.call<{ advanceCase: { status: string; history: { status: string }[] } }>(
        ADVANCE,
        identity,
        { variables: { input: { idempotencyKey: key, reference, to } } },
      );

    it('walks a case through its history at its centre', async () => {
      const opened = await open(operatorAt('baku-1'), {});
      const reference = opened.data?.openCase.reference ?? '';
      for (const to of ['DOCUMENTS_REQUESTED', 'SUBMITTED', 'DECIDED', 'CLOSED']) {
        const step = await advance(operatorAt('baku-1'), reference, to);
        expect(step.errors).toBeUndefined();
        expect(step.data?.advanceCase.status).toBe(to);
      }
      const read = await subgraph.call<{ case: { history: { status: string }[] } }>(
        `{ case(reference: "${reference}") { history { status } } }`,
        citizen(FIN),
      );
      expect(read.data?.case.history.map((h) => h.status)).toEqual([
        'OPENED',
        'DOCUMENTS_REQUESTED',
        'SUBMITTED',
        'DECIDED',
        'CLOSED',
      ]);
    });

    it('answers an invalid transition with INVALID_TRANSITION and changes nothing', async () => {
      const opened = await open(operatorAt('baku-1'), {});
      const reference = opened.data?.openCase.reference ?? '';
      const history = await count('case_status_change');
      const result = await advance(operatorAt('baku-1'), reference, 'DECIDED');
      expect(errorCodes(result)).toEqual(['INVALID_TRANSITION']);
      expect(result.errors?.[0]?.extensions).toMatchObject({ from: 'OPENED', to: 'DECIDED' });
      expect(await count('case_status_change')).toBe(history);
      // The refused key is not spent: nothing was written under it.
      const key = freshKey();
      expect(errorCodes(await advance(operatorAt('baku-1'), reference, 'DECIDED', key))).toEqual([
        'INVALID_TRANSITION',
      ]);
      const ok = await advance(operatorAt('baku-1'), reference, 'SUBMITTED', key);
      expect(ok.errors).toBeUndefined();
    });

    it('refuses another centre’s operator and reports the refusal against the citizen', async () => {
      const opened = await open(operatorAt('baku-1'), {});
      const reference = opened.data?.openCase.reference ?? '';
      const result = await advance(operatorAt('ganja'), reference, 'SUBMITTED');
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      const report = (result as { extensions?: Record<string, unknown> }).extensions?.[
        DISCLOSURE_EXTENSION
      ] as { subjects: string[]; refused: string[] } | undefined;
      expect(report).toMatchObject({ subjects: [FIN], refused: ['Mutation.advanceCase'] });
    });

    it('lets a citizen withdraw their own e-application, and nothing else', async () => {
      const window = await open(operatorAt('baku-1'), {});
      const refused = await advance(citizen(FIN), window.data?.openCase.reference ?? '', 'CLOSED');
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      const mine = await open(citizen(FIN), { centre: 'ganja', serviceCode: 'EMP-01' });
      const reference = mine.data?.openCase.reference ?? '';
      expect(errorCodes(await advance(citizen(FIN), reference, 'SUBMITTED'))).toEqual([
        'FORBIDDEN',
      ]);
      const withdrawn = await advance(citizen(FIN), reference, 'CLOSED');
      expect(withdrawn.data?.advanceCase.status).toBe('CLOSED');
    });
  });

  describe('visits', () => {
    it('issues a ticket and records the time of each step', async () => {
      const operatorOfBaku = operatorAt('baku-1');
      const issued = await subgraph.call<{
        issueTicket: { id: string; ticket: string; status: string };
      }>(ISSUE, operatorOfBaku, {
        variables: { input: { idempotencyKey: freshKey(), serviceCode: 'EMP-02' } },
      });
      expect(issued.errors).toBeUndefined();
      expect(issued.data?.issueTicket).toMatchObject({ status: 'ISSUED' });
      expect(issued.data?.issueTicket.ticket).toMatch(/^EMP-\d{3}$/);
      const visitId = issued.data?.issueTicket.id;
      const step = (to: string, extra: Record<string, unknown> = {}) =>
        subgraph.call<{ advanceVisit: Record<string, unknown> }>(STEP, operatorOfBaku, {
          variables: { input: { idempotencyKey: freshKey(), visitId, to, ...extra } },
        });
      expect(errorCodes(await step('SERVING'))).toEqual(['INVALID_TRANSITION']);
      const called = await step('CALLED', { window: 4 });
      expect(called.data?.advanceVisit).toMatchObject({ status: 'CALLED', window: 4 });
      const serving = await step('SERVING');
      const closed = await step('CLOSED');
      expect(closed.data?.advanceVisit['closedAt']).toEqual(expect.any(String));
      expect(serving.data?.advanceVisit['servingAt']).toEqual(expect.any(String));
      const elsewhere = await subgraph.call(STEP, operatorAt('ganja'), {
        variables: { input: { idempotencyKey: freshKey(), visitId, to: 'CLOSED' } },
      });
      expect(errorCodes(elsewhere)).toEqual(['FORBIDDEN']);
    });

    it('refuses tickets to anyone but an operator of a centre', async () => {
      const result = await subgraph.call(ISSUE, citizen(FIN), {
        variables: { input: { idempotencyKey: freshKey() } },
      });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    });
  });

  describe('reads of cases', () => {
    it('shows a citizen their own cases, and staff with a purpose', async () => {
      await open(operatorAt('baku-1'), {});
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Citizen { cases { reference status } } } }`;
      const variables = { r: [{ __typename: 'Citizen', fin: FIN }] };
      const own = (await subgraph.call(query, citizen(FIN), { variables })) as GraphQLResponse<{
        _entities: { cases: unknown[] }[];
      }>;
      expect(own.errors).toBeUndefined();
      expect(own.data?._entities[0]?.cases.length).toBeGreaterThan(0);
      const other = await subgraph.call(query, citizen(OTHER_FIN), { variables });
      expect(errorCodes(other)).toContain('FORBIDDEN');
      const staff = await subgraph.call(query, operatorAt('ganja'), { variables });
      expect(staff.errors).toBeUndefined();
      const noPurpose = await subgraph.call(query, operator({ centre: 'ganja', purpose: null }), {
        variables,
      });
      expect(errorCodes(noPurpose)).toContain('FORBIDDEN');
    });
  });
});
