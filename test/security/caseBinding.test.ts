import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { DEMO_CASES } from '../../seed/synthetic/demoCases.ts';
import type { GraphQLResponse } from '../helpers/callSubgraph.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** The unemployed demo citizen, whose case the operator opens; another demo citizen. */
const FIN = '3HRT9WX';
const OTHER = '5ZK7P2Q';

const OPEN = `mutation Open($input: OpenCaseInput!) { openCase(input: $input) { reference } }`;
const ADVANCE = `mutation Advance($input: AdvanceCaseInput!) {
  advanceCase(input: $input) { status }
}`;
const READ = `query Read($fin: FIN!) { citizen(fin: $fin) { fin fullName } }`;
const QUEUE = `query Queue($fins: [FIN!]!) { citizens(fins: $fins) { fin fullName } }`;

interface AuditRow {
  purpose: string | null;
  outcome: string;
  subjects: string;
}

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['code'];
const reasonOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['reason'];
const applicationOf = (reference: string) => ({
  'x-dost-purpose': `SERVICE_APPLICATION:${reference}`,
});

let keys = 0;
const freshKey = () => `bind-key-${String(++keys).padStart(6, '0')}`;

describe.each(testDialects())('purpose bound to a real case on $name', (dialect) => {
  let system: RunningSystem;
  let baku: string;
  let ganja: string;
  /** An open case for FIN at baku-1, opened through the gateway. */
  let reference: string;

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 40 });
    baku = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    ganja = await system.token({ sub: 'op-99', role: 'operator', centre: 'ganja' });
    reference = await openCase(FIN);
  });
  afterAll(() => system.close());

  async function openCase(fin: string): Promise<string> {
    const opened = await system.query<{ openCase: { reference: string } }>(OPEN, {
      token: baku,
      // A write is not bound: the operator opens the case it will cite.
      headers: applicationOf('APP-NEW'),
      variables: { input: { idempotencyKey: freshKey(), fin, serviceCode: 'EMP-05' } },
    });
    expect(opened.errors).toBeUndefined();
    return opened.data?.openCase.reference ?? '';
  }

  const read = (token: string, cited: string, fin: string) =>
    system.query<{ citizen: { fin: string } | null }>(READ, {
      token,
      headers: applicationOf(cited),
      variables: { fin },
    });

  /** The record of the last request: a refused read writes exactly one. */
  const lastRecord = async (): Promise<AuditRow | undefined> =>
    (await system.auditDb(AUDIT_TABLES.record).orderBy('seq', 'desc').first()) as
      AuditRow | undefined;

  const expectRefused = async (
    result: GraphQLResponse<{ citizen: unknown }>,
    reason: string,
    cited: string,
    subjects: string[],
  ) => {
    expect(codeOf(result)).toBe('CASE_NOT_VALID');
    expect(reasonOf(result)).toBe(reason);
    expect(result.data ?? null).toBeNull();
    const record = await lastRecord();
    expect(record).toMatchObject({ outcome: 'DENIED', purpose: `SERVICE_APPLICATION:${cited}` });
    expect(JSON.parse(record?.subjects ?? '[]')).toEqual(subjects);
  };

  it("reads a citizen under their open case at the operator's centre, and the record links it", async () => {
    const result = await read(baku, reference, FIN);
    expect(result.errors).toBeUndefined();
    expect(result.data?.citizen?.fin).toBe(FIN);
    expect(await lastRecord()).toMatchObject({
      outcome: 'DISCLOSED',
      purpose: `SERVICE_APPLICATION:${reference}`,
    });
  });

  it("refuses a read citing another citizen's case, and records it", async () => {
    await expectRefused(await read(baku, reference, OTHER), 'OTHER_CITIZEN', reference, [OTHER]);
  });

  it('refuses a list naming anyone but the case’s citizen, however the FINs are given', async () => {
    const result = await system.query<{ citizen: unknown }>(QUEUE, {
      token: baku,
      headers: applicationOf(reference),
      variables: { fins: [FIN, OTHER] },
    });
    await expectRefused(result, 'OTHER_CITIZEN', reference, [FIN, OTHER].sort());
  });

  it("refuses a read citing another centre's case, and records it", async () => {
    await expectRefused(await read(ganja, reference, FIN), 'OTHER_CENTRE', reference, [FIN]);
  });

  it('refuses a read citing a closed case, and records it', async () => {
    const closed = await openCase(FIN);
    const advanced = await system.query<{ advanceCase: { status: string } }>(ADVANCE, {
      token: baku,
      headers: applicationOf(closed),
      variables: { input: { idempotencyKey: freshKey(), reference: closed, to: 'CLOSED' } },
    });
    expect(advanced.data?.advanceCase.status).toBe('CLOSED');
    await expectRefused(await read(baku, closed, FIN), 'CLOSED', closed, [FIN]);
  });

  it('refuses a read citing a made-up reference, and records it', async () => {
    await expectRefused(await read(baku, 'APP-2026-999999', FIN), 'UNKNOWN', 'APP-2026-999999', [
      FIN,
    ]);
    await expectRefused(await read(baku, 'NOT-A-CASE', FIN), 'UNKNOWN', 'NOT-A-CASE', [FIN]);
  });

  it('fails closed when the service desk cannot answer, and records the attempt', async () => {
    await system.restartSubgraph('services', {
      whileDown: async () => {
        const result = await read(baku, reference, FIN);
        expect(codeOf(result)).toBe('REGISTRY_UNAVAILABLE');
        expect(result.data ?? null).toBeNull();
        expect(JSON.stringify(result)).not.toContain('fullName');
        const record = await lastRecord();
        expect(record?.purpose).toBe(`SERVICE_APPLICATION:${reference}`);
        expect(JSON.parse(record?.subjects ?? '[]')).toEqual([FIN]);
      },
    });
    expect((await read(baku, reference, FIN)).errors).toBeUndefined();
  });

  it('gives each demo citizen an open case at baku-1 from the seed', async () => {
    for (const [fin, cited] of Object.entries(DEMO_CASES)) {
      const result = await read(baku, cited, fin);
      expect(result.errors, fin).toBeUndefined();
      expect(result.data?.citizen?.fin).toBe(fin);
    }
  });

  it('binds no read under a basis that needs no case, nor a read that names no citizen', async () => {
    const officer = await system.token({
      sub: 'po-3',
      role: 'pension_officer',
      agency: 'pension-fund',
    });
    const underAssignment = await system.query<{ citizen: { fin: string } | null }>(READ, {
      token: officer,
      headers: { 'x-dost-purpose': 'PENSION_ASSIGNMENT:PEN-2026-000481' },
      variables: { fin: OTHER },
    });
    expect(underAssignment.errors).toBeUndefined();
    const catalogue = await system.query<{ centres: unknown[] }>('{ centres { code } }', {
      token: baku,
      headers: applicationOf('APP-2026-999999'),
    });
    expect(catalogue.errors).toBeUndefined();
  });
});
