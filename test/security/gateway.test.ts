import { randomBytes } from 'node:crypto';
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@dost/platform/internalToken.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import type { Role } from '@dost/platform/roles.ts';
import { callSubgraph, operator } from '../helpers/callSubgraph.ts';
import { grantConsentFor } from '../helpers/grantConsentFor.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import {
  startSystem,
  caseOf,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type RunningSystem,
} from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { createTestKeys } from '../helpers/testKeys.ts';

/** SUMMARY's citizen's open case at baku-1: what an operator there cites to read them. */
const CASE_OF_7DMV4LA = caseOf('7DMV4LA');
const PURPOSE = { 'x-dost-purpose': CASE_OF_7DMV4LA };
const SUMMARY = '{ citizen(fin: "7DMV4LA") { fullName disability { degree percent } } }';

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

// Authentication and the audit trail do not depend on the dialect; SQLite keeps this fast.
const [sqlite] = testDialects();

describe('the gateway as a security boundary', () => {
  let system: RunningSystem;
  let statements = 0;
  const countStatements = () => {
    statements += 1;
  };

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 100 });
    for (const name of Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[]) {
      system.dbs[name].on('query', countStatements);
    }
    // The partner rows of the matrix read 5ZK7P2Q, who consented to the bank's status check.
    await grantConsentFor(system, '5ZK7P2Q', 'kapital-bank', ['pension:status']);
  });
  afterAll(() => system.close());

  const staff = (role: string, extra: Record<string, unknown> = {}) =>
    system.token({ sub: `${role}-1`, role, ...extra });

  describe('rejects every bad token with 401 and calls no registry', () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: 'op-1', role: 'operator', iss: TEST_ISSUER, aud: TEST_AUDIENCE };
    const cases: [string, () => Promise<string | undefined>][] = [
      ['missing', () => Promise.resolve(undefined)],
      ['malformed', () => Promise.resolve('not.a.jwt')],
      [
        'alg none',
        () =>
          Promise.resolve(
            `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: now + 600 })}.`,
          ),
      ],
      [
        'expired',
        () =>
          new SignJWT(claims)
            .setProtectedHeader({ alg: 'HS256' })
            .setExpirationTime(now - 3600)
            .sign(new TextEncoder().encode('x'.repeat(32))),
      ],
      [
        'wrongly signed',
        () =>
          new SignJWT(claims)
            .setProtectedHeader({ alg: 'HS256' })
            .setExpirationTime(now + 600)
            .sign(new TextEncoder().encode('y'.repeat(32))),
      ],
      [
        'signed with an unpinned algorithm (ES256 key)',
        async () => {
          const { privateKey } = await generateKeyPair('ES256');
          return new SignJWT(claims)
            .setProtectedHeader({ alg: 'ES256' })
            .setExpirationTime(now + 600)
            .sign(privateKey);
        },
      ],
      [
        'wrong audience',
        async () => system.token({ sub: 'op-1', role: 'operator' }).then(() => wrongAudience()),
      ],
      ['no expiry', () => noExpiry()],
    ];

    async function wrongAudience(): Promise<string> {
      // A valid signature from the real secret is not reachable here, so reuse the token
      // path with a foreign audience through the helper's own signer.
      const token = await system.token({ sub: 'op-1', role: 'operator' });
      const [header, payload, signature] = token.split('.');
      const body = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
      return `${header}.${b64({ ...body, aud: 'someone-else' })}.${signature}`;
    }
    async function noExpiry(): Promise<string> {
      const token = await system.token({ sub: 'op-1', role: 'operator' });
      const [header, payload, signature] = token.split('.');
      const { exp: _exp, ...body } = JSON.parse(
        Buffer.from(payload ?? '', 'base64url').toString(),
      ) as Record<string, unknown>;
      return `${header}.${b64(body)}.${signature}`;
    }

    it.each(cases)('%s', async (_name, make) => {
      const token = await make();
      const before = statements;
      const result = await system.query(SUMMARY, {
        headers: {
          ...PURPOSE,
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
      });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toBe('Authentication is required.');
      expect(result.data ?? null).toBeNull();
      expect(statements).toBe(before);
    });
  });

  it('refuses an unknown role with FORBIDDEN', async () => {
    const result = await system.query(SUMMARY, {
      token: await staff('superuser'),
      headers: PURPOSE,
    });
    expect(result.status).toBe(403);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('asks staff for a purpose with PURPOSE_REQUIRED, and refuses a malformed one', async () => {
    const token = await staff('operator', { centre: 'baku-1' });
    for (const headers of [{}, { 'x-dost-purpose': 'because' }] as Record<string, string>[]) {
      const result = await system.query(SUMMARY, { token, headers });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
      expect(result.data ?? null).toBeNull();
    }
  });

  describe('accepts only a legal basis of the catalogue, and only from a role that may cite it', () => {
    const OPERATOR = { centre: 'baku-1' };
    const PARTNER = { agency: 'bank-1', scopes: ['pension:status'] };
    const refused: [role: string, purpose: string, may: string, claims: object][] = [
      ['operator', 'FOO_BAR:x', 'SERVICE_APPLICATION', OPERATOR],
      ['operator', 'CREDIT_CHECK:KB-2026-77', 'SERVICE_APPLICATION', OPERATOR],
      ['operator', 'AGREEMENT:KB-2026-77', 'SERVICE_APPLICATION', OPERATOR],
      ['operator', 'service_application:APP-1', 'SERVICE_APPLICATION', OPERATOR],
      ['operator', 'SERVICE_APPLICATION:', 'SERVICE_APPLICATION', OPERATOR],
      ['pension_officer', 'DISABILITY_REVIEW:TSE-1', 'PENSION_ASSIGNMENT', { agency: 'DSMF' }],
      ['partner', 'SERVICE_APPLICATION:APP-2026-000123', 'AGREEMENT', PARTNER],
      ['auditor', 'SERVICE_APPLICATION:APP-2026-000123', 'SUPERVISORY_AUDIT', {}],
    ];
    it.each(refused)(
      '%s citing %s → PURPOSE_REQUIRED naming %s',
      async (role, purpose, may, claims) => {
        const requestId = `purpose-${randomBytes(6).toString('hex')}`;
        const result = await system.query(
          role === 'auditor' ? '{ auditLog(first: 1) { edges { cursor } } }' : SUMMARY,
          {
            token: await staff(role, { ...claims }),
            headers: { 'x-dost-purpose': purpose, 'x-request-id': requestId },
          },
        );
        expect(result.status).toBe(403);
        expect(result.data ?? null).toBeNull();
        const error = result.errors?.[0];
        expect(error?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
        expect(error?.message).toContain(may);
        expect(error?.message).not.toContain(purpose);
        expect(error?.extensions?.['legalBases']).toContain(may);
        // The refusal is on the record, without the purpose that was refused.
        const record = (await system
          .auditDb(AUDIT_TABLES.record)
          .where({ correlation_id: requestId })
          .first()) as Record<string, unknown> | undefined;
        expect(record).toMatchObject({ outcome: 'DENIED', purpose: null });
      },
    );

    it('serves each role under a basis it may cite', async () => {
      for (const [role, claims] of [
        ['operator', { centre: 'baku-1' }],
        ['pension_officer', { agency: 'DSMF' }],
        ['employment_officer', { agency: 'DMA' }],
        ['disability_officer', { agency: 'TSEK' }],
      ] as const) {
        const result = await system.query(SUMMARY, {
          token: await staff(role, claims),
          headers: purposeHeader(role, '7DMV4LA'),
        });
        expect(result.errors, role).toBeUndefined();
      }
    });
  });

  describe('enforces the role × field matrix end to end', () => {
    const matrix: [
      role: Exclude<Role, 'citizen'>,
      claims: Record<string, unknown>,
      query: string,
      allowed: boolean,
    ][] = [
      ['operator', { centre: 'baku-1' }, SUMMARY, true],
      [
        'operator',
        { centre: 'baku-1' },
        '{ citizen(fin: "5ZK7P2Q") { pension { labourPension { payments(first: 1) { edges { cursor } } } } } }',
        false,
      ],
      [
        'operator',
        { centre: 'baku-1' },
        '{ citizen(fin: "7DMV4LA") { disability { diagnoses { icd10 } } } }',
        false,
      ],
      [
        'pension_officer',
        { agency: 'DSMF' },
        '{ citizen(fin: "5ZK7P2Q") { pension { labourPension { capital payments(first: 1) { edges { cursor } } } } } }',
        true,
      ],
      [
        'pension_officer',
        { agency: 'DSMF' },
        '{ citizen(fin: "3HRT9WX") { unemployment { contracts(first: 1) { edges { cursor } } } } }',
        false,
      ],
      [
        'pension_officer',
        { agency: 'DSMF' },
        '{ citizen(fin: "7DMV4LA") { disability { diagnoses { icd10 } } } }',
        false,
      ],
      [
        'employment_officer',
        { agency: 'DMA' },
        '{ citizen(fin: "3HRT9WX") { unemployment { contracts(first: 1) { edges { cursor } } } } }',
        true,
      ],
      [
        'disability_officer',
        { agency: 'TSEK' },
        '{ citizen(fin: "7DMV4LA") { disability { diagnoses { icd10 } } } }',
        true,
      ],
      [
        'partner',
        { agency: 'kapital-bank', scopes: ['pension:status'] },
        '{ citizen(fin: "5ZK7P2Q") { pension { labourPension { status } } } }',
        true,
      ],
      [
        'partner',
        { agency: 'kapital-bank', scopes: ['pension:status'] },
        '{ citizen(fin: "5ZK7P2Q") { fullName } }',
        false,
      ],
      [
        'partner',
        { agency: 'kapital-bank', scopes: ['pension:status'] },
        '{ citizen(fin: "5ZK7P2Q") { pension { labourPension { amount } } } }',
        false,
      ],
      ['auditor', {}, SUMMARY, false],
    ];
    it.each(matrix)('%s %j: %s → allowed %s', async (role, claims, query, allowed) => {
      const result = await system.query(query, {
        token: await staff(role, claims),
        // An operator cites the open case of the citizen the query names.
        headers: purposeHeader(role, /fin: "(\w+)"/.exec(query)?.[1]),
      });
      const codes = (result.errors ?? []).map((e) => e.extensions?.['code']);
      if (allowed) expect(result.errors).toBeUndefined();
      else expect(codes).toContain('FORBIDDEN');
    });
  });

  it('lets a citizen read only their own data', async () => {
    const token = await system.token({ sub: 'citizen-5ZK', role: 'citizen', fin: '5ZK7P2Q' });
    const own = await system.query<{ me: { fin: string } }>(
      '{ me { fin fullName pension { labourPension { amount payments(first: 2) { edges { cursor } } } } } }',
      { token },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.me.fin).toBe('5ZK7P2Q');
    const other = await system.query(
      '{ citizen(fin: "3HRT9WX") { fullName unemployment { status } } }',
      { token },
    );
    expect(other.errors?.map((e) => e.extensions?.['code'])).toContain('FORBIDDEN');
    expect(JSON.stringify(other.data ?? {})).not.toMatch(
      /UNEMPLOYED|[A-Za-zƏə]{3,} [A-Za-zƏə]{3,}/,
    );
  });

  it('denies diagnoses to an operator through aliases and fragments, leaking nothing', async () => {
    const query = `{
      a: citizen(fin: "7DMV4LA") { d: disability { x: diagnoses { code: icd10 } } ...F }
      b: citizen(fin: "7DMV4LA") { ... on Citizen { disability { ... on DisabilityRecord { diagnoses { description } } } } }
    }
    fragment F on Citizen { disability { diagnoses { icd10 description } } }`;
    const result = await system.query(query, {
      token: await staff('operator', { centre: 'baku-1' }),
      headers: PURPOSE,
    });
    expect(result.errors?.map((e) => e.extensions?.['code'])).toContain('FORBIDDEN');
    const diagnoses = await system.dbs.disability('tse_diaqnoz').select('icd10', 'tesvir');
    const body = JSON.stringify(result.data ?? {});
    for (const row of diagnoses as { icd10: string; tesvir: string }[]) {
      expect(body).not.toContain(row.icd10);
      expect(body).not.toContain(row.tesvir);
    }
  });

  it('never forwards a client-supplied internal token', async () => {
    const forged = signInternalToken(operator(), {
      key: createTestKeys().callKey('people'),
      audience: 'people',
      body: '{"query":"{ citizen(fin: \\"3HRT9WX\\") { fullName } }"}',
    });
    const token = await system.token({ sub: 'citizen-5ZK', role: 'citizen', fin: '5ZK7P2Q' });
    const result = await system.query('{ citizen(fin: "3HRT9WX") { fullName } }', {
      token,
      headers: { [INTERNAL_TOKEN_HEADER]: forged, ...PURPOSE },
    });
    expect(result.errors?.map((e) => e.extensions?.['code'])).toContain('FORBIDDEN');
    expect(JSON.stringify(result.data ?? {})).not.toMatch(/fullName":"/);
  });

  it('refuses direct calls to a subgraph, _entities and _service included, without the gateway signature', async () => {
    const stranger = createTestKeys().callKey('people');
    const entities = {
      query:
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { fullName } } }',
      variables: { r: [{ __typename: 'Citizen', fin: '5ZK7P2Q' }] },
    };
    for (const signing of [null, { key: stranger, audience: 'people', identity: operator() }]) {
      for (const body of [entities, { query: '{ _service { sdl } }' }]) {
        const result = await callSubgraph(
          system.subgraphUrls.people,
          body,
          signing,
          system.subgraphDispatcher,
        );
        expect(result.status).toBe(401);
        expect(result.data ?? null).toBeNull();
      }
    }
  });

  it('allows schema introspection to staff only', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    const operatorResult = await system.query(introspection, {
      token: await staff('operator', { centre: 'baku-1' }),
    });
    expect(operatorResult.errors).toBeUndefined();
    for (const claims of [
      { sub: 'c', role: 'citizen', fin: '5ZK7P2Q' },
      { sub: 'p', role: 'partner', agency: 'bank-1', scopes: ['pension:status'] },
    ]) {
      const result = await system.query(introspection, {
        token: await system.token(claims),
        headers: PURPOSE,
      });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('keeps concurrent users apart (no shared DataLoader cache)', async () => {
    const fins = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE'];
    const tokens = await Promise.all(
      fins.map((fin) => system.token({ sub: `c-${fin}`, role: 'citizen', fin })),
    );
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        system.query<{ me: { fin: string; family: { citizen: { fin: string } }[] } }>(
          '{ me { fin fullName } }',
          {
            token: tokens[i % fins.length],
          },
        ),
      ),
    );
    results.forEach((result, i) => {
      expect(result.errors).toBeUndefined();
      expect(result.data?.me.fin).toBe(fins[i % fins.length]);
    });
  });

  describe('audit trail', () => {
    const lastRecord = async () =>
      (await system.auditDb(AUDIT_TABLES.record).orderBy('seq', 'desc').first()) as
        Record<string, unknown> | undefined;

    it('records a disclosure with actor, purpose, subject, registries and fields', async () => {
      const result = await system.query(SUMMARY, {
        token: await staff('operator', { centre: 'baku-1' }),
        headers: { ...PURPOSE, 'x-request-id': 'audit-test-0001' },
      });
      expect(result.errors).toBeUndefined();
      const record = await lastRecord();
      expect(record).toMatchObject({
        correlation_id: 'audit-test-0001',
        actor_sub: 'operator-1',
        actor_role: 'operator',
        actor_centre: 'baku-1',
        purpose: CASE_OF_7DMV4LA,
        outcome: 'DISCLOSED',
      });
      expect(String(record?.['registries'])).toMatch(/people.*disability|disability.*people/);
      expect(String(record?.['fields'])).toContain('DisabilityRecord.degree');
      const subjects = await system
        .auditDb(AUDIT_TABLES.subject)
        .where({ seq: record?.['seq'] })
        .pluck('fin');
      expect(subjects).toEqual(['7DMV4LA']);
    });

    it('records a denied attempt', async () => {
      await system.query('{ citizen(fin: "7DMV4LA") { disability { diagnoses { icd10 } } } }', {
        token: await staff('operator', { centre: 'baku-1' }),
        headers: { ...PURPOSE, 'x-request-id': 'audit-test-0002' },
      });
      const record = await lastRecord();
      expect(record).toMatchObject({ correlation_id: 'audit-test-0002' });
      expect(['DENIED', 'PARTIAL']).toContain(record?.['outcome']);
      expect(String(record?.['refused'])).toContain('DisabilityRecord.diagnoses');
    });

    it('discloses nothing when the audit store cannot be written, and recovers', async () => {
      const token = await staff('operator', { centre: 'baku-1' });
      await system.auditDb.schema.renameTable(AUDIT_TABLES.record, 'audit_record_away');
      try {
        const result = await system.query(SUMMARY, { token, headers: PURPOSE });
        expect(result.status).toBe(503);
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.['code']).toBe('AUDIT_UNAVAILABLE');
        expect(JSON.stringify(result)).not.toMatch(/II|degree|percent/);
      } finally {
        await system.auditDb.schema.renameTable('audit_record_away', AUDIT_TABLES.record);
      }
      const again = await system.query(SUMMARY, { token, headers: PURPOSE });
      expect(again.errors).toBeUndefined();
    });

    it('keeps a chain that verifies, and detects tampering', async () => {
      expect((await verifyAuditChain(system.auditDb)).ok).toBe(true);
      const db = system.auditDb;
      const triggers = (await db.raw(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        [AUDIT_TABLES.record],
      )) as { name: string }[];
      for (const { name } of triggers) await db.raw(`DROP TRIGGER "${name}"`);
      await db(AUDIT_TABLES.record)
        .where({ seq: 1 })
        .update({ purpose: 'SERVICE_APPLICATION:EDITED' });
      const verdict = await verifyAuditChain(db);
      expect(verdict.ok).toBe(false);
    });
  });
});
