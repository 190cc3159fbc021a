import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { errorCodes } from '../helpers/callSubgraph.ts';
import { grantConsentFor } from '../helpers/grantConsentFor.ts';
import { openCaseFor } from '../helpers/openCaseFor.ts';
import { caseOf, startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/*
 * The attacks of issue 9 on the audit trail's honesty: every one of them left the trail
 * silent or wrong on the code before it. Each test states what the citizen must be able to
 * see afterwards.
 */

const PARTNER_PURPOSE = 'AGREEMENT:BANK-2025-4';

interface StoredRecord {
  seq: number | string;
  request_id: string;
  correlation_id: string | null;
  outcome: string;
  fields: string;
  refused: string | null;
  purpose: string | null;
}

interface AccessLog {
  me: {
    accessLog: {
      edges: {
        node: {
          outcome: string;
          fields: string[];
          refused: string[];
          purpose: string | null;
          actor: { role: string };
        };
      }[];
    };
  };
}

const ACCESS_LOG =
  '{ me { accessLog(first: 20) { edges { node { outcome fields refused purpose actor { role } } } } } }';

const [sqlite] = testDialects();

describe('the audit trail records what really happened', () => {
  let system: RunningSystem;
  /** FINs the seed has, and FINs it has not. */
  let known: string[];
  const unknown = ['2ZZZZZ2', '3ZZZZZ3', '4ZZZZZ4'];

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 100 });
    known = ((await system.dbs.people('vetendas').limit(3).pluck('fin')) as string[]).slice(0, 3);
  });
  afterAll(() => system.close());

  const records = async (fin: string) =>
    (await system
      .auditDb(`${AUDIT_TABLES.record} as r`)
      .join(`${AUDIT_TABLES.subject} as s`, 's.seq', 'r.seq')
      .where('s.fin', fin)
      .orderBy('r.seq', 'desc')
      .select('r.*')) as StoredRecord[];
  const lastRecord = async () =>
    (await system.auditDb(AUDIT_TABLES.record).orderBy('seq', 'desc').first()) as StoredRecord;
  const logOf = async (fin: string) => {
    const result = await system.query<AccessLog>(ACCESS_LOG, {
      token: await system.token({ sub: `citizen-${fin}`, role: 'citizen', fin }),
    });
    expect(result.errors).toBeUndefined();
    return (result.data?.me.accessLog.edges ?? []).map((edge) => edge.node);
  };
  const list = (json: string | null) => (json === null ? [] : (JSON.parse(json) as string[]));

  describe('existence is a disclosure', () => {
    it('records an operator learning that a person exists from __typename alone', async () => {
      const [fin = ''] = known;
      const token = await system.token({ sub: 'op-exist', role: 'operator', centre: 'baku-1' });
      const purpose = await openCaseFor(system, token, fin);
      const before = (await records(fin)).length;
      const result = await system.query(`{ citizen(fin: "${fin}") { __typename } }`, {
        token,
        headers: { 'x-dost-purpose': purpose },
      });
      expect(result.data).toEqual({ citizen: { __typename: 'Citizen' } });
      const after = await records(fin);
      expect(after.length).toBe(before + 1);
      expect(after[0]?.outcome).toBe('DISCLOSED');
      expect(list(after[0]?.fields ?? null)).toEqual(['Query.citizen']);
    });

    it('tells a partner without scopes nothing about who exists, and records the sweep', async () => {
      const fins = [...known, ...unknown];
      const result = await system.query<{ citizens: unknown[] }>(
        `{ citizens(fins: ${JSON.stringify(fins)}) { __typename } }`,
        {
          token: await system.token({ sub: 'sweeper', role: 'partner', agency: 'x', scopes: [] }),
          headers: { 'x-dost-purpose': PARTNER_PURPOSE },
        },
      );
      // Known and unknown FINs must be indistinguishable in the answer.
      const answers = result.data?.citizens ?? [];
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBeLessThanOrEqual(1);
      expect(errorCodes(result)).toContain('FORBIDDEN');
      for (const fin of fins) {
        const [record] = await records(fin);
        expect(record?.outcome).toBe('DENIED');
        expect(list(record?.refused ?? null)).toContain('Query.citizens');
      }
    });

    it('gives a partner with scopes a uniform reference, whether the person exists or not', async () => {
      const token = await system.token({
        sub: 'bank-scan',
        role: 'partner',
        agency: 'kapital-bank',
        scopes: ['pension:status'],
      });
      // Both FINs consented (a consent is given by FIN, known to the registry or not), so the
      // answers come from the registries, not from the consent check.
      for (const fin of [known[0] ?? '', unknown[0] ?? '']) {
        await grantConsentFor(system, fin, 'kapital-bank', ['pension:status']);
      }
      const answers = await Promise.all(
        [known[0] ?? '', unknown[0] ?? ''].map((fin) =>
          system.query(`{ citizen(fin: "${fin}") { __typename fin } }`, {
            token,
            headers: { 'x-dost-purpose': PARTNER_PURPOSE },
          }),
        ),
      );
      const [ofKnown, ofUnknown] = answers.map((a) =>
        JSON.stringify(a.data).replace(/"fin":"[^"]+"/, ''),
      );
      expect(ofKnown).toBe(ofUnknown);
    });
  });

  describe('subjects come from the coerced arguments', () => {
    it("names the victim of a refused read whose FIN is a variable's default value", async () => {
      const [attacker = '', victim = ''] = known;
      const result = await system.query(
        `query ($f: FIN = "${victim}") { citizen(fin: $f) { fullName } }`,
        {
          token: await system.token({ sub: `citizen-${attacker}`, role: 'citizen', fin: attacker }),
        },
      );
      expect(errorCodes(result)).toContain('FORBIDDEN');
      const [record] = await records(victim);
      expect(record?.outcome).toBe('DENIED');
      const log = await logOf(victim);
      expect(
        log.some((entry) => entry.outcome === 'DENIED' && entry.actor.role === 'CITIZEN'),
      ).toBe(true);
    });

    it('names a FIN nested in an input object given as a variable', async () => {
      const [, , fin = ''] = known;
      const before = (await records(fin)).length;
      await system.query(
        'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 1) { edges { cursor } } }',
        {
          variables: { f: { subjectFin: fin } },
          token: await system.token({ sub: 'dpo-1', role: 'auditor' }),
          headers: { 'x-dost-purpose': 'SUPERVISORY_AUDIT:DPO-2026-1' },
        },
      );
      expect((await records(fin)).length).toBe(before + 1);
    });
  });

  describe('outcomes name what left and what was refused', () => {
    it("records a refused diagnoses read as refused, never naming fields that didn't leave", async () => {
      await system.query('{ citizen(fin: "7DMV4LA") { disability { diagnoses { icd10 } } } }', {
        token: await system.token({ sub: 'op-diag', role: 'operator', centre: 'baku-1' }),
        headers: { 'x-dost-purpose': caseOf('7DMV4LA') },
      });
      const record = await lastRecord();
      expect(['PARTIAL', 'DENIED']).toContain(record.outcome);
      expect(list(record.refused)).toContain('DisabilityRecord.diagnoses');
      // The gateway fetched Citizen.fin to join the registries; the caller never got it.
      expect(list(record.fields)).not.toContain('Citizen.fin');
      expect(list(record.fields)).not.toContain('DisabilityRecord.diagnoses');
      const log = await logOf('7DMV4LA');
      expect(log[0]?.refused ?? []).toContain('DisabilityRecord.diagnoses');
    });

    it('shows the citizen a read refused for want of a purpose as refused, with what was asked', async () => {
      const [fin = ''] = known;
      const result = await system.query(`{ citizen(fin: "${fin}") { fullName birthDate } }`, {
        token: await system.token({ sub: 'op-nopurpose', role: 'operator', centre: 'baku-1' }),
      });
      expect(errorCodes(result)).toContain('PURPOSE_REQUIRED');
      const [entry] = await logOf(fin);
      expect(entry?.outcome).toBe('DENIED');
      expect(entry?.fields).toEqual([]);
      expect(entry?.refused).toEqual(
        expect.arrayContaining(['Query.citizen', 'Citizen.fullName', 'Citizen.birthDate']),
      );
    });
  });

  describe('request ids', () => {
    it("stores the gateway's own request id, and the caller's as a correlation id", async () => {
      const [fin = ''] = known;
      const chosen = 'caller-chosen-id-0001';
      const token = await system.token({ sub: 'op-rid', role: 'operator', centre: 'baku-1' });
      const purpose = await openCaseFor(system, token, fin);
      const response = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-dost-purpose': purpose,
          'x-request-id': chosen,
        },
        body: JSON.stringify({ query: `{ citizen(fin: "${fin}") { fullName } }` }),
      });
      expect(response.status).toBe(200);
      const issued = response.headers.get('x-request-id');
      expect(issued).not.toBe(chosen);
      const record = await lastRecord();
      expect(record.request_id).toBe(issued);
      expect(record.correlation_id).toBe(chosen);
    });
  });
});
