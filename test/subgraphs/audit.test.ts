import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditRecord } from '@dost/audit-store/AuditEntry.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { createAuditLoaders } from '../../subgraphs/audit/loaders.ts';
import { createAuditRegistry } from '../../subgraphs/audit/registry.ts';
import { staffRefOf } from '../../subgraphs/audit/staffRef.ts';
import { encodeCursor } from '@dost/subgraph-kit';
import { errorCodes, operator } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** Read 25 times by staff, once by themself, tried once by OTHER, by a partner and a system. */
const CITIZEN = '5ZK7P2Q';
/** Read once by an operator; tried to read CITIZEN. */
const OTHER = '3HRT9WX';
/** Never read. */
const UNREAD = '7MNB4KC';
/** One access each, for the batching test. */
const MANY = Array.from({ length: 50 }, (_, i) => `8${String(i).padStart(2, '0')}AAAA`);

const PURPOSE = 'SERVICE_APPLICATION:APP-2026-000123';
const T0 = Date.UTC(2026, 0, 5, 8, 0, 0, 0);
const minute = (n: number) => new Date(T0 + n * 60_000).toISOString();

function access(overrides: Partial<AuditEntry> & Pick<AuditEntry, 'subjects'>): AuditEntry {
  return {
    at: '',
    requestId: 'req',
    correlationId: null,
    actor: { sub: 'op-17', role: 'operator', centre: 'Şəki-2', agency: null },
    purpose: PURPOSE,
    registries: ['people'],
    fields: ['Citizen.fullName'],
    refused: [],
    outcome: 'DISCLOSED',
    operationHash: 'ab'.repeat(32),
    ...overrides,
  };
}

const STAFF_READS = Array.from({ length: 25 }, (_, i) =>
  i % 5 === 0
    ? access({
        subjects: [CITIZEN],
        actor: { sub: 'po-3', role: 'pension_officer', centre: null, agency: 'DOST' },
        registries: ['pensions'],
        fields: ['LabourPension.amount', 'LabourPension.payments'],
      })
    : access({ subjects: [CITIZEN] }),
);

/** In chain order: seq n is ENTRIES[n - 1]. */
const ENTRIES: AuditEntry[] = [
  ...STAFF_READS, // seq 1–25
  access({
    subjects: [CITIZEN],
    actor: { sub: `citizen:${CITIZEN}`, role: 'citizen', centre: null, agency: null },
    purpose: null,
    registries: ['people', 'pensions'],
  }), // 26
  access({
    subjects: [CITIZEN],
    actor: { sub: `citizen:${OTHER}`, role: 'citizen', centre: null, agency: null },
    purpose: null,
    outcome: 'DENIED',
    fields: [],
  }), // 27
  access({ subjects: [OTHER] }), // 28
  access({
    subjects: [CITIZEN, CITIZEN],
    actor: { sub: 'bank-7', role: 'partner', centre: null, agency: 'Kapital Bank' },
    purpose: 'CREDIT_CHECK:KB-2026-77',
    registries: ['pensions'],
    fields: ['LabourPension.status'],
  }), // 29
  ...MANY.map((fin) => access({ subjects: [fin] })), // 30–79
  access({
    subjects: [CITIZEN],
    actor: { sub: 'batch-job', role: 'system', centre: null, agency: 'DOST' },
    outcome: 'FAILED',
  }), // 80
].map((entry, i) => ({ ...entry, at: minute(i), requestId: `req-${i + 1}` }));

const citizen = (fin: string): Identity =>
  operator({ actor: `citizen:${fin}`, role: 'citizen', fin, centre: null, purpose: null });
const auditor = operator({
  actor: 'dpo-1',
  role: 'auditor',
  centre: null,
  agency: 'DOST',
  purpose: null,
});
const pensionOfficer = operator({ role: 'pension_officer', centre: null, agency: 'DOST' });

const ACCESS_NODE =
  'at actor { role centre agency staffRef you } purpose registries fields outcome';
const RECORD_NODE = `seq at requestId actor { sub role centre agency staffRef } purpose subjects
  registries fields outcome operationHash prevHash hash`;

interface Page<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface AccessNode {
  at: string;
  actor: {
    role: string;
    centre: string | null;
    agency: string | null;
    staffRef: string | null;
    you: boolean;
  };
  purpose: string | null;
  registries: string[];
  fields: string[];
  outcome: string;
}
interface RecordNode {
  seq: string;
  at: string;
  requestId: string;
  actor: { sub: string; role: string; staffRef: string | null };
  subjects: string[];
  prevHash: string;
  hash: string;
}

describe.each(testDialects())('audit subgraph on $name', (dialect) => {
  let subgraph: TestSubgraph;
  let records: AuditRecord[];

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      name: 'audit',
      dialect,
      prepare: async (db) => {
        const writer = createAuditWriter({ db, log: createLogger({ level: 'silent' }) });
        records = await Promise.all(ENTRIES.map((entry) => writer.record(entry)));
      },
    });
  });

  afterAll(() => subgraph.close());

  /** `Citizen.accessLog` of one FIN, reached through `_entities` as the gateway does. */
  function accessLog(identity: Identity, fin: string, args = '') {
    return subgraph.call<{ _entities: ({ fin: string; accessLog: Page<AccessNode> } | null)[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen {
        fin accessLog${args ? `(${args})` : ''} {
          edges { cursor node { ${ACCESS_NODE} } } pageInfo { hasNextPage endCursor } } } } }`,
      identity,
      { variables: { r: [{ __typename: 'Citizen', fin }] } },
    );
  }

  async function ownPage(args = ''): Promise<Page<AccessNode>> {
    const result = await accessLog(citizen(CITIZEN), CITIZEN, args);
    expect(result.errors).toBeUndefined();
    const page = result.data?._entities[0]?.accessLog;
    if (page === undefined) throw new Error('no access log');
    return page;
  }

  function auditLog(identity: Identity, args = '') {
    return subgraph.call<{ auditLog: Page<RecordNode> }>(
      `{ auditLog${args ? `(${args})` : ''} {
        edges { cursor node { ${RECORD_NODE} } } pageInfo { hasNextPage endCursor } } }`,
      identity,
    );
  }

  async function auditSeqs(args: string): Promise<number[]> {
    const result = await auditLog(auditor, args);
    expect(result.errors).toBeUndefined();
    return (result.data?.auditLog.edges ?? []).map((e) => Number(e.node.seq));
  }

  describe("a citizen's access log", () => {
    it('shows who read their data, newest first, with staff as pseudonyms', async () => {
      const page = await ownPage('first: 4');
      expect(page.edges.map((e) => e.node)).toEqual([
        {
          at: minute(79),
          actor: {
            role: 'OTHER',
            centre: null,
            agency: 'DOST',
            staffRef: staffRefOf('batch-job'),
            you: false,
          },
          purpose: PURPOSE,
          registries: ['people'],
          fields: ['Citizen.fullName'],
          outcome: 'FAILED',
        },
        {
          at: minute(28),
          actor: {
            role: 'PARTNER',
            centre: null,
            agency: 'Kapital Bank',
            staffRef: staffRefOf('bank-7'),
            you: false,
          },
          purpose: 'CREDIT_CHECK:KB-2026-77',
          registries: ['pensions'],
          fields: ['LabourPension.status'],
          outcome: 'DISCLOSED',
        },
        {
          at: minute(26),
          actor: { role: 'CITIZEN', centre: null, agency: null, staffRef: null, you: false },
          purpose: null,
          registries: ['people'],
          fields: [],
          outcome: 'DENIED',
        },
        {
          at: minute(25),
          actor: { role: 'CITIZEN', centre: null, agency: null, staffRef: null, you: true },
          purpose: null,
          registries: ['people', 'pensions'],
          fields: ['Citizen.fullName'],
          outcome: 'DISCLOSED',
        },
      ]);
      expect(page.edges[0]?.cursor).toBe(encodeCursor(80));
    });

    it('shows role, centre and agency of staff in UTF-8, never their sub', async () => {
      const page = await ownPage('first: 30');
      const operatorRead = page.edges.find((e) => e.node.actor.role === 'OPERATOR')?.node;
      const officerRead = page.edges.find((e) => e.node.actor.role === 'PENSION_OFFICER')?.node;
      expect(operatorRead?.actor).toEqual({
        role: 'OPERATOR',
        centre: 'Şəki-2',
        agency: null,
        staffRef: staffRefOf('op-17'),
        you: false,
      });
      expect(officerRead?.fields).toEqual(['LabourPension.amount', 'LabourPension.payments']);
      expect(staffRefOf('op-17')).toMatch(/^[0-9a-f]{10}$/);
      expect(JSON.stringify(page)).not.toMatch(/op-17|po-3|bank-7|batch-job/);
    });

    it('pages with first/after/hasNextPage, each access once (duplicate subjects included)', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      const sizes: number[] = [];
      do {
        const page: Page<AccessNode> = await ownPage(
          after === null ? 'first: 10' : `first: 10, after: "${after}"`,
        );
        sizes.push(page.edges.length);
        seen.push(...page.edges.map((e) => e.cursor));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
      expect(sizes).toEqual([10, 10, 9]);
      const ownSeqs = records.filter((r) => r.subjects.includes(CITIZEN)).map((r) => r.seq);
      expect(seen).toEqual(ownSeqs.reverse().map(encodeCursor));
    });

    it('answers first: 0 with an empty page that knows more exist', async () => {
      expect(await ownPage('first: 0')).toEqual({
        edges: [],
        pageInfo: { hasNextPage: true, endCursor: null },
      });
    });

    it.each([
      ['a negative first', 'first: -1'],
      ['a first above 100', 'first: 101'],
      ['a forged cursor', 'after: "bm90LWEtY3Vyc29y"'],
    ])('refuses %s with BAD_USER_INPUT', async (_name, args) => {
      const result = await accessLog(citizen(CITIZEN), CITIZEN, args);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    });

    it('is empty for a citizen nobody read', async () => {
      const result = await accessLog(citizen(UNREAD), UNREAD);
      expect(result.data?._entities[0]?.accessLog).toEqual({
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
    });

    it('runs one statement for one citizen and for fifty', async () => {
      const one = await subgraph.countStatements(() => ownPage());
      expect(one).toBe(1);
      const loaders = createAuditLoaders(createAuditRegistry(subgraph.db));
      const page = { first: 20, afterId: null };
      let pages: (readonly unknown[])[] = [];
      const fifty = await subgraph.countStatements(async () => {
        pages = await Promise.all(
          MANY.map((fin) => loaders.accessLog.load({ parentId: fin, ...page })),
        );
      });
      expect(fifty).toBe(one);
      expect(pages.map((p) => p.length)).toEqual(MANY.map(() => 1));
    });
  });

  describe('the auditors’ log', () => {
    it('returns whole records, newest first, as the writer committed them', async () => {
      const result = await auditLog(auditor, 'first: 3');
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.auditLog.edges.map((e) => e.node) ?? [];
      const expected = records.slice(-3).reverse();
      expect(nodes.map((n) => n.seq)).toEqual(expected.map((r) => String(r.seq)));
      expect(nodes.map((n) => [n.hash, n.prevHash, n.requestId, n.at])).toEqual(
        expected.map((r) => [r.hash, r.prevHash, r.requestId, r.at]),
      );
      expect(nodes[0]?.actor).toEqual({
        sub: 'batch-job',
        role: 'OTHER',
        centre: null,
        agency: 'DOST',
        staffRef: staffRefOf('batch-job'),
      });
      expect(result.data?.auditLog.pageInfo).toEqual({
        hasNextPage: true,
        endCursor: encodeCursor(78),
      });
    });

    it('keeps subjects as recorded, duplicates included', async () => {
      const result = await auditLog(auditor, `filter: { actor: "bank-7" }`);
      expect(result.data?.auditLog.edges.map((e) => e.node.subjects)).toEqual([[CITIZEN, CITIZEN]]);
    });

    it('filters by subject, actor and time, and pages the result', async () => {
      expect(await auditSeqs(`filter: { subjectFin: "${OTHER}" }`)).toEqual([28]);
      expect(await auditSeqs(`filter: { actor: "po-3" }`)).toEqual([21, 16, 11, 6, 1]);
      expect(await auditSeqs(`filter: { actor: "PO-3" }`)).toEqual([]);
      expect(await auditSeqs(`filter: { from: "${minute(10)}", to: "${minute(14)}" }`)).toEqual([
        14, 13, 12, 11,
      ]);
      expect(
        await auditSeqs(
          `filter: { subjectFin: "${CITIZEN}", actor: "po-3", from: "${minute(10)}" }`,
        ),
      ).toEqual([21, 16, 11]);
      expect(
        await auditSeqs(`first: 2, after: "${encodeCursor(16)}", filter: { actor: "po-3" }`),
      ).toEqual([11, 6]);
    });

    it.each([
      ['an instant without milliseconds', { from: '2026-01-05T08:00:00Z' }],
      ['an impossible day', { to: '2026-02-30T00:00:00.000Z' }],
      ['a malformed FIN', { subjectFin: 'IO12345' }],
    ])('refuses %s with BAD_USER_INPUT', async (_name, filter) => {
      const result = await subgraph.call(
        'query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { cursor } } }',
        auditor,
        { variables: { f: filter } },
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('permissions', () => {
    it("refuses a citizen another citizen's access log", async () => {
      const result = await accessLog(citizen(OTHER), CITIZEN);
      expect(result.data?._entities).toEqual([null]);
      expect(errorCodes(result)).toContain('FORBIDDEN');
    });

    it.each([
      ['an operator', operator()],
      ['a pension officer', pensionOfficer],
      ['an auditor', auditor],
    ])("refuses %s a citizen's access log", async (_name, identity) => {
      const result = await accessLog(identity, CITIZEN);
      expect(result.data?._entities).toEqual([null]);
      expect(errorCodes(result)).toContain('FORBIDDEN');
    });

    it.each([
      ['an operator', operator()],
      ['a pension officer', pensionOfficer],
      ['a citizen', citizen(CITIZEN)],
    ])('refuses %s the audit log', async (_name, identity) => {
      const result = await auditLog(identity);
      expect(result.data).toBeNull();
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    });

    it('refuses an unsigned request', async () => {
      const result = await subgraph.call('{ auditLog { edges { cursor } } }', null);
      expect(result.status).toBe(401);
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
