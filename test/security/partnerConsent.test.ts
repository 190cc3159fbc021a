import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { addDays, bakuToday } from '@dost/platform/bakuToday.ts';
import type { GraphQLResponse } from '../helpers/callSubgraph.ts';
import { PURPOSE_OF } from '../helpers/purposes.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** The pensioner demo citizen, whom the bank checks; another demo citizen. */
const FIN = '5ZK7P2Q';
const OTHER = '3HRT9WX';
const AGENCY = 'kapital-bank';
const PURPOSE = PURPOSE_OF.partner;

const STATUS = `query Status($fin: FIN!) { citizen(fin: $fin) { pension { labourPension { status } } } }`;
const AMOUNT = `query Amount($fin: FIN!) { citizen(fin: $fin) { pension { labourPension { amount } } } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) {
  grantConsent(input: $input) { id agency scopes until revokedAt live }
}`;
const REVOKE = `mutation Revoke($input: RevokeConsentInput!) { revokeConsent(input: $input) { id live revokedAt } }`;
const LOG = `{ me { consents { id live } accessLog(first: 20) { edges { node {
  purpose consent outcome fields refused actor { role agency }
} } } } }`;

interface AuditRow {
  purpose: string | null;
  outcome: string;
  subjects: string;
  refused: string;
}
interface LogEntry {
  purpose: string | null;
  consent: string | null;
  outcome: string;
  fields: string[];
  refused: string[];
  actor: { role: string; agency: string | null };
}
interface Me {
  me: { consents: { id: string; live: boolean }[]; accessLog: { edges: { node: LogEntry }[] } };
}

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['code'];
const reasonOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['reason'];

let keys = 0;
const freshKey = () => `consent-key-${String(++keys).padStart(6, '0')}`;
const inAMonth = () => addDays(bakuToday(), 30);

describe.each(testDialects())('citizen consent for partners on $name', (dialect) => {
  let system: RunningSystem;
  let bank: string;
  let citizen: string;
  let other: string;

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 40 });
    bank = await system.token({
      sub: 'bank-1',
      role: 'partner',
      agency: AGENCY,
      scopes: ['pension:status', 'pension:amount'],
    });
    citizen = await system.token({ sub: `citizen-${FIN}`, role: 'citizen', fin: FIN });
    other = await system.token({ sub: `citizen-${OTHER}`, role: 'citizen', fin: OTHER });
  });
  afterAll(() => system.close());

  const read = (query: string, fin = FIN, token = bank) =>
    system.query<{ citizen: { pension: unknown } | null }>(query, {
      token,
      headers: { 'x-dost-purpose': PURPOSE },
      variables: { fin },
    });
  const grant = (input: Record<string, unknown>, token = citizen) =>
    system.query<{ grantConsent: { id: string; live: boolean; scopes: string[] } }>(GRANT, {
      token,
      variables: { input: { idempotencyKey: freshKey(), ...input } },
    });
  const revoke = (id: string, token = citizen) =>
    system.query<{ revokeConsent: { id: string; live: boolean } }>(REVOKE, {
      token,
      variables: { input: { idempotencyKey: freshKey(), id } },
    });
  const lastRecord = async (): Promise<AuditRow | undefined> =>
    (await system.auditDb(AUDIT_TABLES.record).orderBy('seq', 'desc').first()) as
      AuditRow | undefined;
  const expectRefused = async (result: GraphQLResponse<unknown>, reason: string, fin = FIN) => {
    expect(codeOf(result)).toBe('CONSENT_REQUIRED');
    expect(reasonOf(result)).toBe(reason);
    expect(result.status).toBe(403);
    expect(result.data ?? null).toBeNull();
    const record = await lastRecord();
    expect(record).toMatchObject({ outcome: 'DENIED', purpose: PURPOSE });
    expect(JSON.parse(record?.subjects ?? '[]')).toEqual([fin]);
  };
  const myLog = async () => {
    const result = await system.query<Me>(LOG, { token: citizen });
    expect(result.errors).toBeUndefined();
    return result.data?.me;
  };

  it('refuses, passes, then refuses again: no consent, consent, revoked', async () => {
    // 1. The bank's agreement names pension:status, but the citizen never consented.
    await expectRefused(await read(STATUS), 'NONE');

    // 2. The citizen consents; the same read passes and their log shows it under the consent.
    const granted = await grant({ agency: AGENCY, scopes: ['pension:status'], until: inAMonth() });
    expect(granted.errors).toBeUndefined();
    const id = granted.data?.grantConsent.id ?? '';
    expect(granted.data?.grantConsent).toMatchObject({ live: true, scopes: ['pension:status'] });
    const allowed = await read(STATUS);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.citizen?.pension).toEqual({ labourPension: { status: 'ACTIVE' } });
    expect(await lastRecord()).toMatchObject({
      outcome: 'DISCLOSED',
      purpose: `${PURPOSE};consent=${FIN}.${id}`,
    });
    const log = await myLog();
    const underConsent = log?.accessLog.edges.map((e) => e.node).find((n) => n.consent === id);
    expect(underConsent).toMatchObject({
      purpose: PURPOSE,
      outcome: 'DISCLOSED',
      actor: { role: 'PARTNER', agency: AGENCY },
    });
    expect(underConsent?.fields).toContain('LabourPension.status');
    // The grant itself is in the log too, as the citizen's own write.
    expect(log?.accessLog.edges.some((e) => e.node.fields.includes('Mutation.grantConsent'))).toBe(
      true,
    );

    // 3. The citizen revokes it: the next read is refused again, and the revocation is logged.
    const revoked = await revoke(id);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeConsent).toMatchObject({ id, live: false });
    await expectRefused(await read(STATUS), 'REVOKED');
    const after = await myLog();
    expect(after?.consents.find((c) => c.id === id)?.live).toBe(false);
    expect(
      after?.accessLog.edges.some((e) => e.node.fields.includes('Mutation.revokeConsent')),
    ).toBe(true);
  });

  it('fails closed when the service desk cannot say whether the citizen consented', async () => {
    const granted = await grant({ agency: AGENCY, scopes: ['pension:status'], until: inAMonth() });
    await system.restartSubgraph('services', {
      whileDown: async () => {
        const result = await read(STATUS);
        expect(codeOf(result)).toBe('REGISTRY_UNAVAILABLE');
        expect(result.data ?? null).toBeNull();
        expect(JSON.stringify(result)).not.toContain('ACTIVE');
      },
    });
    expect((await read(STATUS)).errors).toBeUndefined();
    await revoke(granted.data?.grantConsent.id ?? '');
  });

  it('refuses a read that uses a scope the consent does not name', async () => {
    const granted = await grant({ agency: AGENCY, scopes: ['pension:status'], until: inAMonth() });
    expect(granted.errors).toBeUndefined();
    // The agreement names pension:amount; the citizen consented to the status alone.
    await expectRefused(await read(AMOUNT), 'SCOPE');
    expect((await read(STATUS)).errors).toBeUndefined();
    await revoke(granted.data?.grantConsent.id ?? '');
  });

  it("refuses a partner read under another agency's consent", async () => {
    // A citizen who never consented to the bank, only to another one.
    const fin = '7DMV4LA';
    const token = await system.token({ sub: `citizen-${fin}`, role: 'citizen', fin });
    const granted = await grant(
      { agency: 'abb-bank', scopes: ['pension:status'], until: inAMonth() },
      token,
    );
    expect(granted.errors).toBeUndefined();
    await expectRefused(await read(STATUS, fin), 'NONE', fin);
  });

  it('refuses a read under a consent that has lapsed', async () => {
    // No one can grant a consent ending in the past: the registry row is made as it would
    // stand the day after its last day.
    const yesterday = addDays(bakuToday(), -1);
    await system.dbs.services('consent').insert({
      fin: FIN,
      agency: AGENCY,
      scopes: 'pension:status',
      valid_until: yesterday,
      granted_at: new Date(Date.now() - 86_400_000 * 30).toISOString(),
      revoked_at: null,
    });
    await expectRefused(await read(STATUS), 'EXPIRED');
  });

  it('answers the partner nothing about the consents of a citizen it names with others', async () => {
    const granted = await grant({ agency: AGENCY, scopes: ['pension:status'], until: inAMonth() });
    const result = await system.query(
      `query Two($fins: [FIN!]!) { citizens(fins: $fins) { pension { labourPension { status } } } }`,
      { token: bank, headers: { 'x-dost-purpose': PURPOSE }, variables: { fins: [FIN, OTHER] } },
    );
    // FIN consented, OTHER did not: the whole read is refused.
    expect(codeOf(result)).toBe('CONSENT_REQUIRED');
    expect(result.data ?? null).toBeNull();
    await revoke(granted.data?.grantConsent.id ?? '');
  });

  it('lets a citizen grant and revoke for themself only', async () => {
    const mine = await grant({ agency: AGENCY, scopes: ['pension:status'], until: inAMonth() });
    const id = mine.data?.grantConsent.id ?? '';
    // Another citizen cannot revoke it: refused, recorded against its owner, still live.
    const theirs = await revoke(id, other);
    expect(codeOf(theirs)).toBe('FORBIDDEN');
    const record = await lastRecord();
    expect(record?.outcome).toBe('DENIED');
    expect(JSON.parse(record?.subjects ?? '[]')).toEqual([FIN]);
    expect((await myLog())?.consents.find((c) => c.id === id)?.live).toBe(true);
    // Staff and partners cannot grant at all.
    for (const token of [
      bank,
      await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' }),
    ]) {
      const refused = await system.query(GRANT, {
        token,
        headers: { 'x-dost-purpose': PURPOSE_OF.operator },
        variables: {
          input: {
            idempotencyKey: freshKey(),
            agency: AGENCY,
            scopes: ['pension:status'],
            until: inAMonth(),
          },
        },
      });
      expect(['FORBIDDEN', 'PURPOSE_REQUIRED']).toContain(codeOf(refused));
    }
    // Nobody else can see a citizen's consents.
    const looked = await system.query(`{ citizen(fin: "${FIN}") { consents { id } } }`, {
      token: await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' }),
      headers: { 'x-dost-purpose': PURPOSE_OF.operator },
    });
    expect(codeOf(looked)).toBe('FORBIDDEN');
    expect(JSON.stringify(looked.data ?? null)).not.toContain(id);
    await revoke(id);
  });

  it('grants once for a repeated idempotency key', async () => {
    const input = {
      idempotencyKey: freshKey(),
      agency: AGENCY,
      scopes: ['pension:amount'],
      until: inAMonth(),
    };
    const first = await system.query<{ grantConsent: { id: string } }>(GRANT, {
      token: citizen,
      variables: { input },
    });
    const again = await system.query<{ grantConsent: { id: string } }>(GRANT, {
      token: citizen,
      variables: { input },
    });
    expect(first.errors).toBeUndefined();
    expect(again.data?.grantConsent.id).toBe(first.data?.grantConsent.id);
    const rows = await system.dbs.services('consent').where({ fin: FIN, scopes: 'pension:amount' });
    expect(rows).toHaveLength(1);
    await revoke(first.data?.grantConsent.id ?? '');
  });

  it('refuses consents that could never be used, or run too long', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ agency: 'nobody', scopes: ['pension:status'], until: inAMonth() }, 'agency'],
      [{ agency: AGENCY, scopes: [], until: inAMonth() }, 'scopes'],
      [{ agency: AGENCY, scopes: ['disability:degree'], until: inAMonth() }, 'scopes'],
      [{ agency: AGENCY, scopes: ['pension:status'], until: addDays(bakuToday(), -1) }, 'until'],
      [{ agency: AGENCY, scopes: ['pension:status'], until: addDays(bakuToday(), 400) }, 'until'],
    ];
    for (const [input] of cases) {
      const result = await grant(input);
      expect(codeOf(result), JSON.stringify(result)).toBe('BAD_USER_INPUT');
    }
  });
});
