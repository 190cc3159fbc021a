import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientTokenClaims } from '../../scripts/lib/signClientToken.ts';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import { cutDatabaseConnections } from '../helpers/cutDatabaseConnections.ts';
import { grantConsentFor } from '../helpers/grantConsentFor.ts';
import { matchesWithGaps } from '../helpers/matchesWithGaps.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const ONE_WINDOW = /* GraphQL */ `
  query OneWindow($fin: FIN!) {
    citizen(fin: $fin) {
      fin
      fullName
      birthDate
      pension {
        labourPension {
          type
          status
          amount
        }
      }
      unemployment {
        status
        benefit {
          status
          monthlyAmount
        }
      }
      disability {
        degree
        percent
      }
    }
  }
`;
/** What a bank with `pension:status` may ask. */
const PENSION_STATUS = /* GraphQL */ `
  query PensionStatus($fin: FIN!) {
    citizen(fin: $fin) {
      pension {
        labourPension {
          status
        }
      }
    }
  }
`;
const DEMO_FINS = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'];

const CLIENTS = 20;
const LOAD_MS = 36_000;
/** Pause between one client's requests: keeps the test to a share of the CI's two cores. */
const THINK_MS = 100;
/** A response slower than this counts as a hang (the request deadline is 5 s). */
const HANG_MS = 15_000;
/** Codes a fault may produce; anything else (INTERNAL included) fails the test. */
const FAULT_CODES = new Set(['REGISTRY_UNAVAILABLE', 'AUDIT_UNAVAILABLE', 'RATE_LIMITED']);
/** Nothing in a response may point inside the system. */
const INTERNALS = /https?:|127\.0\.0\.1|\bselect\b|\bfrom\s+[`"]|knex|SQLITE_|ECONN|ER_[A-Z]/i;

type Role = 'operator' | 'pension_officer' | 'citizen' | 'partner';
const ROLES: readonly Role[] = ['operator', 'pension_officer', 'citizen', 'partner'];

interface Outcome {
  readonly requestId: string;
  readonly role: Role;
  readonly verdict: 'whole' | 'partial' | 'refused' | 'wrong';
  readonly codes: readonly string[];
  /** The answer carried a citizen's data (so it must have exactly one DISCLOSED record). */
  readonly disclosed: boolean;
  readonly ms: number;
  readonly problem?: string;
}

interface Answer {
  readonly status: number;
  readonly data?: { citizen: unknown } | null;
  readonly errors?: { extensions?: { code?: string; registry?: string } }[];
}

// The real system on MariaDB when DOST_DB_URL is set, else SQLite: one run, not one per dialect.
const dialect = testDialects().at(-1);

describe(`fault and load on ${dialect?.name ?? 'no database'}`, () => {
  let system: RunningSystem;
  const run = `load-${randomBytes(3).toString('hex')}`;
  /** Expected data per role and FIN, read once before any fault. */
  const expected = new Map<string, unknown>();

  beforeAll(async () => {
    if (dialect === undefined) throw new Error('no test dialect');
    system = await startSystem(dialect, { citizens: 200 });
    // The bank's reads need each citizen's consent to its status check.
    for (const fin of DEMO_FINS) {
      await grantConsentFor(system, fin, 'kapital-bank', ['pension:status']);
    }
    for (const role of ROLES) {
      for (const fin of DEMO_FINS) {
        const answer = await ask(role, fin, `probe-${role}-${fin}`, `${run}-probe`);
        expect(answer.errors, `${role} ${fin}`).toBeUndefined();
        expect(answer.data?.citizen, `${role} ${fin}`).not.toBeNull();
        expected.set(`${role}:${fin}`, answer.data);
      }
    }
  });
  afterAll(() => system.close());

  /** One request of `role` about `fin`; a citizen always asks about their own FIN. */
  async function ask(role: Role, fin: string, sub: string, requestId: string): Promise<Answer> {
    const token = await system.token(claimsOf(role, fin, sub));
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
        ...purposeHeader(role, fin),
      },
      body: JSON.stringify({
        query: role === 'partner' ? PENSION_STATUS : ONE_WINDOW,
        variables: { fin },
      }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  it('keeps answering with correct data or coded errors, and audits every disclosure once', async () => {
    const load = startLoad();
    const faults = injectFaults();
    const health = pollHealth(load.done);
    const [outcomes, faultLog, probes] = await Promise.all([load.done, faults, health]);

    // The gateway never crashed nor hung: it kept answering, and /healthz stayed 200.
    expect(probes.filter((status) => status !== 200)).toEqual([]);
    expect(probes.length).toBeGreaterThan(LOAD_MS / 1_000);
    expect(outcomes.filter((o) => o.verdict === 'wrong')).toEqual([]);
    for (const role of ROLES) {
      expect(outcomes.some((o) => o.role === role && o.verdict === 'whole')).toBe(true);
    }

    // Everything recovered without restarting a process: each view is whole again.
    for (const role of ROLES) {
      for (const fin of DEMO_FINS) {
        const answer = await ask(role, fin, `after-${role}`, `${run}-after-${role}-${fin}`);
        expect(answer.errors, `${role} ${fin} after the faults`).toBeUndefined();
        expect(answer.data).toEqual(expected.get(`${role}:${fin}`));
      }
    }

    // Nothing lost, nothing invented: one disclosing record (whole or in part) per answer that
    // carried data, matched by the id each client sent (kept as the correlation id).
    const records = (await system
      .auditDb(AUDIT_TABLES.record)
      .where('correlation_id', 'like', `${run}-c%`)
      .whereIn('outcome', ['DISCLOSED', 'PARTIAL'])
      .pluck('correlation_id')) as string[];
    const disclosing = outcomes.filter((o) => o.disclosed).map((o) => o.requestId);
    expect([...records].sort()).toEqual([...disclosing].sort());
    expect((await verifyAuditChain(system.auditDb)).ok).toBe(true);
    // Connections cut mid-commit leave no record unclaimed: nothing looks forged.
    expect(await system.verifyAuditTrail()).toMatchObject({ ok: true, unvouched: [] });

    report(outcomes, faultLog, probes.length, records.length);
  });

  function startLoad(): { done: Promise<Outcome[]> } {
    const until = Date.now() + LOAD_MS;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      const role = ROLES[client % ROLES.length] ?? 'operator';
      const outcomes: Outcome[] = [];
      for (let n = 0; Date.now() < until; n += 1) {
        // Each client is its own principal; a citizen client keeps to one FIN, their own.
        const fin = DEMO_FINS[(role === 'citizen' ? client : client + n) % DEMO_FINS.length];
        const requestId = `${run}-c${client}-${n}`;
        outcomes.push(await judge(role, fin ?? '5ZK7P2Q', `load-${client}`, requestId));
        await sleep(THINK_MS);
      }
      return outcomes;
    });
    return { done: Promise.all(clients).then((lists) => lists.flat()) };
  }

  async function judge(role: Role, fin: string, sub: string, requestId: string): Promise<Outcome> {
    const started = Date.now();
    const answer = await ask(role, fin, sub, requestId);
    const ms = Date.now() - started;
    const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
    const disclosed = answer.data?.citizen != null;
    const base = { requestId, role, codes, disclosed, ms };
    const want = expected.get(`${role}:${fin}`);
    const problem = problemOf(answer, codes, want);
    if (problem !== null) return { ...base, verdict: 'wrong', problem };
    if (codes.length === 0) return { ...base, verdict: 'whole' };
    return { ...base, verdict: disclosed ? 'partial' : 'refused' };
  }

  async function injectFaults(): Promise<string[]> {
    const log: string[] = [];
    const restart = async (name: RegistrySubgraphName, downForMs: number) => {
      await system.restartSubgraph(name, { downForMs });
      log.push(`${name} subgraph killed mid-request, down ${downForMs} ms, restarted`);
    };
    const cut = async () => log.push(await cutDatabase());
    await sleep(4_000);
    await restart('pensions', 3_000);
    await sleep(3_000);
    await cut();
    await sleep(3_000);
    await restart('people', 2_000);
    await sleep(2_000);
    await cut();
    await sleep(2_000);
    await cut();
    return log;
  }

  /** MariaDB: kill every connection of this system. SQLite: hold every pool's one connection. */
  async function cutDatabase(): Promise<string> {
    if (dialect?.name === 'mysql') {
      const killed = await cutDatabaseConnections(dialect.url ?? '', system.databasePrefix);
      return `MariaDB: ${killed} connections killed`;
    }
    const names = Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[];
    const held = await Promise.all(names.map((name) => system.dbs[name].transaction()));
    await sleep(2_500);
    await Promise.all(held.map((trx) => trx.rollback()));
    return `SQLite: every registry's connection held for 2500 ms`;
  }

  async function pollHealth(until: Promise<unknown>): Promise<number[]> {
    let running = true;
    void until.finally(() => {
      running = false;
    });
    const statuses: number[] = [];
    const url = new URL('/healthz', system.gatewayUrl);
    while (running) {
      const response = await fetch(url, { signal: AbortSignal.timeout(HANG_MS) });
      await response.arrayBuffer();
      statuses.push(response.status);
      await sleep(250);
    }
    return statuses;
  }
});

function claimsOf(role: Role, fin: string, sub: string): ClientTokenClaims {
  if (role === 'operator') return { sub, role, centre: 'baku-1' };
  if (role === 'pension_officer') return { sub, role, agency: 'DSMF' };
  if (role === 'citizen') return { sub: `${sub}-${fin}`, role, fin };
  return { sub, role, agency: 'kapital-bank', scopes: ['pension:status'] };
}

/** Why an answer is neither correct data nor a coded error; null when it is one of them. */
function problemOf(answer: Answer, codes: readonly string[], want: unknown): string | null {
  if (JSON.stringify(answer).match(INTERNALS) !== null) return 'leaks internals';
  if (codes.length === 0) {
    return isDeepStrictEqual(answer.data, want) ? null : 'wrong data';
  }
  const unknown = codes.filter((code) => !FAULT_CODES.has(code));
  if (unknown.length > 0) return `unexpected codes ${unknown.join(',')}`;
  const unnamed = (answer.errors ?? []).filter(
    (e) =>
      e.extensions?.code === 'REGISTRY_UNAVAILABLE' &&
      !Object.hasOwn(REGISTRY_SUBGRAPHS, e.extensions.registry ?? ''),
  );
  if (unnamed.length > 0) return 'REGISTRY_UNAVAILABLE without a registry';
  return matchesWithGaps(answer.data ?? null, want) ? null : 'wrong partial data';
}

function report(outcomes: Outcome[], faults: string[], probes: number, records: number): void {
  const count = (verdict: Outcome['verdict']) => outcomes.filter((o) => o.verdict === verdict);
  const codes: Record<string, number> = {};
  for (const code of outcomes.flatMap((o) => o.codes)) codes[code] = (codes[code] ?? 0) + 1;
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const figures = {
    requests: outcomes.length,
    whole: count('whole').length,
    partial: count('partial').length,
    refusedWithCode: count('refused').length,
    wrong: count('wrong').length,
    errorCodes: codes,
    faultsSurvived: faults,
    healthProbes: probes,
    disclosedResponses: outcomes.filter((o) => o.disclosed).length,
    disclosedAuditRecords: records,
    latencyMs: { p50: at(0.5), p99: at(0.99), max: at(1) },
  };
  process.stdout.write(`fault-and-load figures ${JSON.stringify(figures, null, 2)}\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
