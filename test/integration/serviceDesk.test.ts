import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import type { GraphQLResponse } from '../helpers/callSubgraph.ts';
import { STAFF_PURPOSE, startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** The registered unemployed demo citizen, at the window of baku-1. */
const FIN = '3HRT9WX';
const PURPOSE = { 'x-dost-purpose': STAFF_PURPOSE };

const ISSUE = `mutation Issue($input: IssueTicketInput!) {
  issueTicket(input: $input) { id ticket status }
}`;
const CALL = `mutation Call($input: AdvanceVisitInput!) {
  advanceVisit(input: $input) { id status window calledAt }
}`;
const OPEN = `mutation Open($input: OpenCaseInput!) {
  openCase(input: $input) { reference fin status centre { code } service { nameEn } }
}`;
const ADVANCE = `mutation Advance($input: AdvanceCaseInput!) {
  advanceCase(input: $input) { reference status }
}`;

interface AuditRow {
  seq: number;
  request_id: string;
  actor_sub: string;
  actor_centre: string | null;
  outcome: string;
  fields: string;
  refused: string;
  subjects: string;
}

const code = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['code'];

let keys = 0;
const freshKey = () => `desk-key-${String(++keys).padStart(6, '0')}`;

describe.each(testDialects())('the service desk through the gateway on $name', (dialect) => {
  let system: RunningSystem;
  let baku: string;
  let ganja: string;

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 40 });
    baku = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    ganja = await system.token({ sub: 'op-99', role: 'operator', centre: 'ganja' });
  });
  afterAll(() => system.close());

  const desk = () => system.dbs.services;
  const count = async (table: string) =>
    Number(((await desk()(table).count({ n: '*' }).first()) as { n: number | string }).n);
  /** The records of one request, in chain order. */
  const recordsOf = async (requestId: string): Promise<AuditRow[]> =>
    (await system
      .auditDb(AUDIT_TABLES.record)
      .where({ request_id: requestId })
      .orderBy('seq')) as AuditRow[];
  const requestIdOf = (result: GraphQLResponse<unknown>) =>
    String(result.errors?.[0]?.extensions?.['requestId'] ?? '');
  /** Records whose request is unknown to the caller (a success has no error): the last ones. */
  const lastRecords = async (n: number): Promise<AuditRow[]> =>
    (
      (await system.auditDb(AUDIT_TABLES.record).orderBy('seq', 'desc').limit(n)) as AuditRow[]
    ).reverse();

  const open = (token: string, input: Record<string, unknown>) =>
    system.query<{ openCase: { reference: string; fin: string; status: string } }>(OPEN, {
      token,
      headers: PURPOSE,
      variables: {
        input: { idempotencyKey: freshKey(), fin: FIN, serviceCode: 'EMP-05', ...input },
      },
    });

  it('calls a ticket, opens a case at it, and audits each write before and after', async () => {
    const issued = await system.query<{ issueTicket: { id: string } }>(ISSUE, {
      token: baku,
      headers: PURPOSE,
      variables: { input: { idempotencyKey: freshKey(), serviceCode: 'EMP-05' } },
    });
    expect(issued.errors).toBeUndefined();
    // A ticket is anonymous: its record names the write and no one.
    const [ticketWritten] = await lastRecords(1);
    expect(ticketWritten).toMatchObject({ outcome: 'WRITTEN', subjects: '[]' });
    expect(JSON.parse(ticketWritten?.fields ?? '[]')).toEqual(['Mutation.issueTicket']);
    const visitId = issued.data?.issueTicket.id;
    const called = await system.query<{ advanceVisit: { status: string } }>(CALL, {
      token: baku,
      headers: PURPOSE,
      variables: { input: { idempotencyKey: freshKey(), visitId, to: 'CALLED', window: 3 } },
    });
    expect(called.data?.advanceVisit.status).toBe('CALLED');

    const opened = await open(baku, { visitId });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openCase).toMatchObject({ fin: FIN, status: 'OPENED' });
    const [attempt, written] = await lastRecords(2);
    expect(attempt?.request_id).toBe(written?.request_id);
    expect(attempt).toMatchObject({
      outcome: 'ATTEMPTED',
      actor_sub: 'op-17',
      actor_centre: 'baku-1',
    });
    expect(JSON.parse(attempt?.fields ?? '[]')).toEqual(['Mutation.openCase']);
    expect(JSON.parse(attempt?.subjects ?? '[]')).toEqual([FIN]);
    expect(written).toMatchObject({ outcome: 'WRITTEN' });
    expect(JSON.parse(written?.fields ?? '[]')).toEqual(
      expect.arrayContaining(['Mutation.openCase', 'Case.reference', 'Case.status']),
    );
    expect(JSON.parse(written?.subjects ?? '[]')).toEqual([FIN]);
    expect((await verifyAuditChain(system.auditDb)).ok).toBe(true);
  });

  it('returns the first case for a repeated key and writes nothing new', async () => {
    const input = { idempotencyKey: freshKey(), fin: FIN, serviceCode: 'EMP-02' };
    const first = await open(baku, input);
    const cases = await count('service_case');
    const again = await open(baku, input);
    expect(again.errors).toBeUndefined();
    expect(again.data?.openCase.reference).toBe(first.data?.openCase.reference);
    expect(await count('service_case')).toBe(cases);
  });

  it('answers an invalid transition with INVALID_TRANSITION, recorded as FAILED', async () => {
    const opened = await open(baku, {});
    const reference = opened.data?.openCase.reference;
    const result = await system.query(ADVANCE, {
      token: baku,
      headers: PURPOSE,
      variables: { input: { idempotencyKey: freshKey(), reference, to: 'DECIDED' } },
    });
    expect(code(result)).toBe('INVALID_TRANSITION');
    const records = await recordsOf(requestIdOf(result));
    expect(records.map((r) => r.outcome)).toEqual(['ATTEMPTED', 'FAILED']);
  });

  it('refuses another centre’s operator, and records the refusal against the citizen', async () => {
    const opened = await open(baku, {});
    const reference = opened.data?.openCase.reference;
    const history = await count('case_status_change');
    const result = await system.query(ADVANCE, {
      token: ganja,
      headers: PURPOSE,
      variables: { input: { idempotencyKey: freshKey(), reference, to: 'SUBMITTED' } },
    });
    expect(code(result)).toBe('FORBIDDEN');
    expect(await count('case_status_change')).toBe(history);
    const [attempt, refusal] = await recordsOf(requestIdOf(result));
    expect(attempt?.outcome).toBe('ATTEMPTED');
    expect(refusal).toMatchObject({ outcome: 'DENIED', actor_sub: 'op-99', actor_centre: 'ganja' });
    expect(JSON.parse(refusal?.subjects ?? '[]')).toEqual([FIN]);
    expect(JSON.parse(refusal?.refused ?? '[]')).toContain('Mutation.advanceCase');
  });

  it('writes nothing on bad input, and records the failed attempt', async () => {
    const cases = await count('service_case');
    const result = await open(baku, { serviceCode: 'NOPE-01' });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(await count('service_case')).toBe(cases);
    expect((await recordsOf(requestIdOf(result))).map((r) => r.outcome)).toEqual([
      'ATTEMPTED',
      'FAILED',
    ]);
  });

  it('writes nothing when the audit store cannot record the attempt', async () => {
    const cases = await count('service_case');
    const keysBefore = await count('idempotency_key');
    await system.auditDb.schema.renameTable(AUDIT_TABLES.record, 'audit_record_away');
    let result: GraphQLResponse<unknown>;
    try {
      result = await open(baku, {});
    } finally {
      await system.auditDb.schema.renameTable('audit_record_away', AUDIT_TABLES.record);
    }
    expect(result.status).toBe(503);
    expect(code(result)).toBe('AUDIT_UNAVAILABLE');
    expect(result.data ?? null).toBeNull();
    expect(await count('service_case')).toBe(cases);
    expect(await count('idempotency_key')).toBe(keysBefore);
  });

  it('refuses a mutation of more than one write before anything runs', async () => {
    const result = await system.query(
      `mutation { a: issueTicket(input: { idempotencyKey: "${freshKey()}" }) { id }
                  b: issueTicket(input: { idempotencyKey: "${freshKey()}" }) { id } }`,
      { token: baku, headers: PURPOSE },
    );
    expect(result.status).toBe(400);
    expect(code(result)).toBe('OPERATION_NOT_SUPPORTED');
  });

  it('shows the citizen their case, and the write in their access log', async () => {
    const citizen = await system.token({ sub: 'c-1', role: 'citizen', fin: FIN });
    const result = await system.query<{
      me: {
        cases: { reference: string; status: string }[];
        accessLog: { edges: { node: { outcome: string; fields: string[] } }[] };
      };
    }>(
      `{ me { cases { reference status }
              accessLog(first: 50) { edges { node { outcome fields } } } } }`,
      { token: citizen },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.me.cases.length).toBeGreaterThan(0);
    const outcomes = result.data?.me.accessLog.edges.map((e) => e.node.outcome) ?? [];
    expect(outcomes).toEqual(expect.arrayContaining(['ATTEMPTED', 'WRITTEN', 'DENIED']));
  });

  it('serves the catalogue to every authenticated role', async () => {
    const auditor = await system.token({ sub: 'dpo-1', role: 'auditor' });
    const result = await system.query<{ services: unknown[] }>('{ services { code nameEn } }', {
      token: auditor,
      headers: { 'x-dost-purpose': 'SUPERVISORY_AUDIT:AUD-2026-01' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.services).toHaveLength(159);
  });
});
