import type { Knex } from '@dost/subgraph-kit';
import {
  consentReads,
  consentWrites,
  type ConsentReads,
  type ConsentWrites,
} from './registry/consents.ts';
import {
  toCase,
  toChange,
  toDirection,
  toService,
  toVisit,
  visitRow,
  type CaseRow,
  type ChangeRow,
  type DirectionRow,
  type ServiceRow,
  type VisitRow,
} from './rows.ts';
import type { CaseChannel, CaseStatus, VisitStatus } from './transitions.ts';

/** A direction of the catalogue. */
export interface ServiceDirection {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/** A service of the catalogue. */
export interface Service {
  readonly code: string;
  readonly direction: string;
  readonly name: string;
  readonly nameEn: string;
  readonly registries: readonly string[];
  readonly electronic: boolean;
}

export interface Centre {
  readonly code: string;
  readonly name: string;
  readonly region: string;
}

/** A queue ticket at a centre; anonymous. */
export interface Visit {
  readonly id: number;
  readonly centre: string;
  readonly ticket: string;
  readonly serviceCode: string | null;
  readonly status: VisitStatus;
  readonly window: number | null;
  readonly issuedAt: string;
  readonly calledAt: string | null;
  readonly servingAt: string | null;
  readonly closedAt: string | null;
}

/** A citizen's case; carries `fin`, so every field read on it is reported as a disclosure. */
export interface Case {
  readonly id: number;
  readonly fin: string;
  readonly serviceCode: string;
  readonly centre: string;
  readonly channel: CaseChannel;
  readonly status: CaseStatus;
  readonly visitId: number | null;
  readonly openedAt: string;
}

export interface CaseStatusChange {
  readonly id: number;
  readonly caseId: number;
  readonly fin: string;
  readonly status: CaseStatus;
  readonly at: string;
  readonly byRole: string;
}

/** A centre's aggregates over `[from, to)` (ISO instants): what centreStats reports. */
export interface CentreFigures {
  readonly visits: number;
  readonly servedVisits: number;
  /** Mean seconds, unrounded; null when no visit had the interval. */
  readonly meanServiceSeconds: number | null;
  readonly meanQueueWaitSeconds: number | null;
  /** Cases opened in the span, by status now and by their service's direction. */
  readonly casesByStatus: ReadonlyMap<string, number>;
  readonly casesByDirection: ReadonlyMap<string, number>;
}

/** The first use of an idempotency key by a caller. */
export interface IdempotencyClaim {
  readonly actor: string;
  readonly key: string;
  /** The mutation, e.g. `openCase`. */
  readonly operation: string;
  /** sha256 hex of the mutation and its input without the key. */
  readonly inputHash: string;
}

/** What a claim found: a fresh key (the write ran) or the key's earlier write. */
export type ClaimResult =
  | { readonly kind: 'written'; readonly id: number }
  | { readonly kind: 'replayed'; readonly id: number }
  | { readonly kind: 'reused' };

/** Writes made inside one transaction; each returns the row's id. */
export interface DeskTransaction extends ConsentWrites {
  visit(id: number): Promise<Visit | null>;
  caseById(id: number): Promise<Case | null>;
  /** Visits issued at a centre since `since` (ISO instant): numbers the next ticket. */
  visitsIssuedSince(centre: string, since: string): Promise<number>;
  insertVisit(visit: Omit<Visit, 'id'>): Promise<number>;
  /** Moves a visit on only if it is still in `from`; false when another write moved it first. */
  updateVisit(id: number, from: VisitStatus, change: Partial<Omit<Visit, 'id'>>): Promise<boolean>;
  insertCase(row: Omit<Case, 'id'>): Promise<number>;
  /** Moves a case on only if it is still in `from`; false when another write moved it first. */
  updateCaseStatus(id: number, from: CaseStatus, to: CaseStatus): Promise<boolean>;
  insertStatusChange(change: Omit<CaseStatusChange, 'id'> & { byActor: string }): Promise<void>;
}

/** DOST's service desk registry; the only module of this subgraph that speaks SQL. */
export interface ServicesRegistry extends ConsentReads {
  directions(): Promise<ServiceDirection[]>;
  directionsByCode(codes: readonly string[]): Promise<ServiceDirection[]>;
  /** The catalogue in its order, or one direction's services. */
  services(direction: string | null): Promise<Service[]>;
  servicesByCode(codes: readonly string[]): Promise<Service[]>;
  servicesByDirection(directions: readonly string[]): Promise<Service[]>;
  centres(): Promise<Centre[]>;
  centresByCode(codes: readonly string[]): Promise<Centre[]>;
  visitsById(ids: readonly number[]): Promise<Visit[]>;
  casesById(ids: readonly number[]): Promise<Case[]>;
  /** Cases of these citizens, newest first. */
  casesByFin(fins: readonly string[]): Promise<Case[]>;
  /** Status histories of these cases, oldest first. */
  historyByCase(caseIds: readonly number[]): Promise<CaseStatusChange[]>;
  /** One centre's visits and cases over `[from, to)`, aggregated in SQL: three statements. */
  centreFigures(centre: string, from: string, to: string): Promise<CentreFigures>;
  /**
   * Runs `write` once per (actor, key): in one transaction it claims the key, makes the write
   * and stores its result, so the write and the key commit together or not at all. A key
   * already used for the same input returns that write's id and writes nothing; for other
   * input, `reused`. A concurrent duplicate waits on the key's primary key and then replays.
   */
  once(
    claim: IdempotencyClaim,
    write: (trx: DeskTransaction) => Promise<number>,
  ): Promise<ClaimResult>;
}

interface KeyRow {
  operation: string;
  input_hash: string;
  result_id: number | string | null;
}

export function createServicesRegistry(db: Knex): ServicesRegistry {
  const serviceQuery = () => db('service').select('*').orderBy('position');
  return {
    ...consentReads(db),
    async directions() {
      const rows: DirectionRow[] = await db('service_direction').select('*').orderBy('position');
      return rows.map(toDirection);
    },
    async directionsByCode(codes) {
      const rows: DirectionRow[] = await db('service_direction').select('*').whereIn('code', codes);
      return rows.map(toDirection);
    },
    async services(direction) {
      const query = serviceQuery();
      const rows: ServiceRow[] = await (direction === null
        ? query
        : query.where('direction', direction));
      return rows.map(toService);
    },
    async servicesByCode(codes) {
      const rows: ServiceRow[] = await serviceQuery().whereIn('code', codes);
      return rows.map(toService);
    },
    async servicesByDirection(directions) {
      const rows: ServiceRow[] = await serviceQuery().whereIn('direction', directions);
      return rows.map(toService);
    },
    async centres() {
      const rows: Centre[] = await db('centre').select('code', 'name', 'region').orderBy('code');
      return rows.map((row) => ({ code: row.code, name: row.name, region: row.region }));
    },
    async centresByCode(codes) {
      const rows: Centre[] = await db('centre')
        .select('code', 'name', 'region')
        .whereIn('code', codes);
      return rows.map((row) => ({ code: row.code, name: row.name, region: row.region }));
    },
    async visitsById(ids) {
      const rows: VisitRow[] = await db('visit').select('*').whereIn('id', ids);
      return rows.map(toVisit);
    },
    async casesById(ids) {
      const rows: CaseRow[] = await db('service_case').select('*').whereIn('id', ids);
      return rows.map(toCase);
    },
    async casesByFin(fins) {
      const rows: CaseRow[] = await db('service_case')
        .select('*')
        .whereIn('fin', fins)
        .orderBy('id', 'desc');
      return rows.map(toCase);
    },
    async historyByCase(caseIds) {
      const rows: ChangeRow[] = await db('case_status_change')
        .select('id', 'case_id', 'fin', 'status', 'at', 'by_role')
        .whereIn('case_id', caseIds)
        .orderBy('id');
      return rows.map(toChange);
    },
    async centreFigures(centre, from, to) {
      const { seconds } = dialectOf(db);
      const served = 'serving_at IS NOT NULL AND closed_at IS NOT NULL';
      const visits: FiguresRow | undefined = await db('visit')
        .select(
          db.raw('COUNT(*) AS visits'),
          db.raw(`SUM(CASE WHEN ${served} THEN 1 ELSE 0 END) AS served`),
          db.raw(`AVG(CASE WHEN ${served} THEN ${seconds('serving_at', 'closed_at')} END) AS svc`),
          db.raw(`AVG(${seconds('issued_at', 'called_at')}) AS wait`),
        )
        .where('centre', centre)
        .andWhere('issued_at', '>=', from)
        .andWhere('issued_at', '<', to)
        .first();
      const cases = () =>
        db('service_case as c')
          .where('c.centre', centre)
          .andWhere('c.opened_at', '>=', from)
          .andWhere('c.opened_at', '<', to);
      const byStatus: GroupRow[] = await cases()
        .select('c.status as key')
        .count({ n: '*' })
        .groupBy('c.status');
      const byDirection: GroupRow[] = await cases()
        .join('service as s', 's.code', 'c.service_code')
        .select('s.direction as key')
        .count({ n: '*' })
        .groupBy('s.direction');
      return {
        visits: Number(visits?.visits ?? 0),
        servedVisits: Number(visits?.served ?? 0),
        meanServiceSeconds: numberOrNull(visits?.svc),
        meanQueueWaitSeconds: numberOrNull(visits?.wait),
        casesByStatus: new Map(byStatus.map((row) => [row.key, Number(row.n)])),
        casesByDirection: new Map(byDirection.map((row) => [row.key, Number(row.n)])),
      };
    },
    async once(claim, write) {
      try {
        return await db.transaction((trx) => claimAndWrite(trx, claim, write));
      } catch (error) {
        // The same key committed by a concurrent call after this one looked: replay it.
        if (!isDuplicateKey(error)) throw error;
        const existing = await readClaim(db, claim);
        if (existing === null) throw error;
        return existing;
      }
    },
  };
}

async function claimAndWrite(
  trx: Knex.Transaction,
  claim: IdempotencyClaim,
  write: (trx: DeskTransaction) => Promise<number>,
): Promise<ClaimResult> {
  const existing = await readClaim(trx, claim);
  if (existing !== null) return existing;
  // Claimed before the write: a concurrent duplicate now waits here, not after its own write.
  await trx('idempotency_key').insert({
    actor: claim.actor,
    idem_key: claim.key,
    operation: claim.operation,
    input_hash: claim.inputHash,
    result_id: null,
    created_at: new Date().toISOString(),
  });
  const id = await write(deskTransaction(trx));
  await trx('idempotency_key')
    .where({ actor: claim.actor, idem_key: claim.key })
    .update({ result_id: id });
  return { kind: 'written', id };
}

async function readClaim(
  db: Knex | Knex.Transaction,
  claim: IdempotencyClaim,
): Promise<ClaimResult | null> {
  const row: KeyRow | undefined = await db('idempotency_key')
    .select('operation', 'input_hash', 'result_id')
    .where({ actor: claim.actor, idem_key: claim.key })
    .first();
  if (row === undefined) return null;
  if (row.operation !== claim.operation || row.input_hash !== claim.inputHash) {
    return { kind: 'reused' };
  }
  // A committed claim always has its result: both are written in one transaction.
  return { kind: 'replayed', id: Number(row.result_id) };
}

function deskTransaction(trx: Knex.Transaction): DeskTransaction {
  return {
    ...consentWrites(trx),
    async visit(id) {
      const row: VisitRow | undefined = await trx('visit').select('*').where({ id }).first();
      return row === undefined ? null : toVisit(row);
    },
    async caseById(id) {
      const row: CaseRow | undefined = await trx('service_case').select('*').where({ id }).first();
      return row === undefined ? null : toCase(row);
    },
    async visitsIssuedSince(centre, since) {
      const row: { n?: number | string } | undefined = await trx('visit')
        .count({ n: '*' })
        .where('centre', centre)
        .andWhere('issued_at', '>=', since)
        .first();
      return Number(row?.n ?? 0);
    },
    async insertVisit(visit) {
      return insertReturningId(trx, 'visit', visitRow(visit));
    },
    async updateVisit(id, from, change) {
      const patch = Object.fromEntries(
        Object.entries(visitRow(change)).filter(([, value]) => value !== undefined),
      );
      const count = await trx('visit').where({ id, status: from }).update(patch);
      return count === 1;
    },
    async insertCase(row) {
      return insertReturningId(trx, 'service_case', {
        fin: row.fin,
        service_code: row.serviceCode,
        centre: row.centre,
        channel: row.channel,
        status: row.status,
        visit_id: row.visitId,
        opened_at: row.openedAt,
      });
    },
    async updateCaseStatus(id, from, to) {
      const count = await trx('service_case').where({ id, status: from }).update({ status: to });
      return count === 1;
    },
    async insertStatusChange(change) {
      await trx('case_status_change').insert({
        case_id: change.caseId,
        fin: change.fin,
        status: change.status,
        at: change.at,
        by_role: change.byRole,
        by_actor: change.byActor,
      });
    },
  };
}

/** The id of an inserted row; both drivers return it as the insert's first value. */
async function insertReturningId(
  trx: Knex.Transaction,
  table: string,
  row: Record<string, unknown>,
): Promise<number> {
  const [id]: unknown[] = await trx(table).insert(row);
  if (id === undefined) throw new Error(`no id returned by the insert into ${table}`);
  return Number(id);
}

interface FiguresRow {
  visits: number | string | null;
  served: number | string | null;
  svc: number | string | null;
  wait: number | string | null;
}

interface GroupRow {
  key: string;
  n: number | string;
}

/**
 * Seconds between two ISO-instant text columns, as SQL: SQLite through julianday, MySQL and
 * MariaDB through STR_TO_DATE (they do not read the `Z`). A null end gives null, which AVG
 * leaves out: an uncalled ticket has no wait, an unserved one no service time.
 */
function dialectOf(db: Knex): { seconds: (start: string, end: string) => string } {
  if (String(db.client.config.client).includes('sqlite')) {
    return { seconds: (start, end) => `((julianday(${end}) - julianday(${start})) * 86400.0)` };
  }
  const at = (column: string) => `STR_TO_DATE(${column}, '%Y-%m-%dT%H:%i:%s.%fZ')`;
  return {
    seconds: (start, end) => `(TIMESTAMPDIFF(MICROSECOND, ${at(start)}, ${at(end)}) / 1000000)`,
  };
}

/** AVG comes back as a number (SQLite) or a decimal string (mysql2); null over no rows. */
function numberOrNull(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** SQLite and MySQL name a primary-key clash differently. */
function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
