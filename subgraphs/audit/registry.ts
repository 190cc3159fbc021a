import type { AuditOutcome, AuditRecord } from '@dost/audit-store/AuditEntry.ts';
import { fromAuditRow, type AuditRecordRow } from '@dost/audit-store/auditRows.ts';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { isRole, type Knex, type PageArgs, type Role } from '@dost/subgraph-kit';
import { staffRefOf } from './staffRef.ts';

export type AccessRole =
  | 'CITIZEN'
  | 'OPERATOR'
  | 'PENSION_OFFICER'
  | 'EMPLOYMENT_OFFICER'
  | 'DISABILITY_OFFICER'
  | 'PARTNER'
  | 'AUDITOR'
  | 'CENTRE_MANAGER'
  | 'OTHER';

/** Who made a request. `sub` is exposed to auditors only; citizens get `staffRef`. */
export interface Accessor {
  readonly sub: string;
  readonly role: AccessRole;
  readonly centre: string | null;
  readonly agency: string | null;
  /** Pseudonym of staff and partner systems; null for citizens. */
  readonly staffRef: string | null;
}

/** A whole record for auditors; `id` is its seq, the keyset of the connection. */
export interface AuditLogRecord extends Omit<AuditRecord, 'actor' | 'seq'> {
  readonly id: number;
  readonly actor: Accessor;
}

/** One access as the citizen `fin` sees it; owner-carrying so `isOwnRecord` can check it. */
export interface AccessLogEntry {
  readonly fin: string;
  /** The record's seq. */
  readonly id: number;
  readonly at: string;
  readonly actor: Accessor & { readonly fin: string };
  readonly purpose: string | null;
  readonly registries: readonly string[];
  readonly fields: readonly string[];
  readonly refused: readonly string[];
  readonly outcome: AuditOutcome;
}

export interface AuditLogQuery {
  readonly subjectFin: string | null;
  /** Exact `sub` of the caller. */
  readonly actor: string | null;
  /** Inclusive lower bound of `at`. */
  readonly from: string | null;
  /** Exclusive upper bound of `at`. */
  readonly to: string | null;
}

/** Read access to the audit store; the only module here that speaks SQL. */
export interface AuditRegistry {
  /** Up to `first + 1` accesses per citizen, newest first, in one statement. */
  accessLogPages(fins: readonly string[], page: PageArgs): Promise<AccessLogEntry[]>;
  /** Up to `first + 1` records matching the query, newest first, in one statement. */
  auditLogPage(query: AuditLogQuery, page: PageArgs): Promise<AuditLogRecord[]>;
}

export interface AuditRegistryOptions {
  /** Key of the staff pseudonym; see staffRefOf. */
  staffRefSecret?: string | undefined;
}

const { record: RECORD, subject: SUBJECT } = AUDIT_TABLES;

export function createAuditRegistry(
  db: Knex,
  { staffRefSecret }: AuditRegistryOptions = {},
): AuditRegistry {
  const toRecord = (row: AuditRecordRow) => toAuditLogRecord(row, staffRefSecret);
  return {
    async accessLogPages(fins, { first, afterId }) {
      // selectPages ranks one table; joining the records inside the same statement keeps
      // the parameter count at one per FIN instead of one per returned seq.
      const ranked = db(SUBJECT)
        .select('fin', 'seq')
        .select(db.raw('ROW_NUMBER() OVER (PARTITION BY fin ORDER BY seq DESC) AS rn'))
        .whereIn('fin', fins)
        .modify((query) => void (afterId !== null && query.where('seq', '<', afterId)));
      const rows: (AuditRecordRow & { subject_fin: string })[] = await db
        .select('r.*', 'p.fin as subject_fin')
        .from(ranked.as('p'))
        .join(`${RECORD} as r`, 'r.seq', 'p.seq')
        .where('p.rn', '<=', first + 1)
        .orderBy([
          { column: 'p.fin', order: 'asc' },
          { column: 'p.rn', order: 'asc' },
        ]);
      return rows.map((row) => toAccessLogEntry(row.subject_fin, toRecord(row)));
    },
    async auditLogPage({ subjectFin, actor, from, to }, { first, afterId }) {
      const rows: AuditRecordRow[] = await db(`${RECORD} as r`)
        .select('r.*')
        .modify((query) => {
          if (subjectFin !== null) {
            void query.join(`${SUBJECT} as s`, 's.seq', 'r.seq').where('s.fin', subjectFin);
          }
          if (actor !== null) void query.where('r.actor_sub', actor);
          // `at` is fixed-width ISO-8601 UTC, so text order is time order.
          if (from !== null) void query.where('r.at', '>=', from);
          if (to !== null) void query.where('r.at', '<', to);
          if (afterId !== null) void query.where('r.seq', '<', afterId);
        })
        .orderBy('r.seq', 'desc')
        .limit(first + 1);
      return rows.map(toRecord);
    },
  };
}

function toAuditLogRecord(row: AuditRecordRow, staffRefSecret: string | undefined): AuditLogRecord {
  const { seq, actor, ...rest } = fromAuditRow(row);
  const role = toAccessRole(actor.role);
  return {
    ...rest,
    id: seq,
    actor: {
      sub: actor.sub,
      role,
      centre: actor.centre,
      agency: actor.agency,
      staffRef: role === 'CITIZEN' ? null : staffRefOf(actor.sub, staffRefSecret),
    },
  };
}

function toAccessLogEntry(fin: string, record: AuditLogRecord): AccessLogEntry {
  return {
    fin,
    id: record.id,
    at: record.at,
    actor: { ...record.actor, fin },
    purpose: record.purpose,
    registries: record.registries,
    fields: record.fields,
    refused: record.refused,
    outcome: record.outcome,
  };
}

const ACCESS_ROLE: Record<Role, AccessRole> = {
  citizen: 'CITIZEN',
  operator: 'OPERATOR',
  pension_officer: 'PENSION_OFFICER',
  employment_officer: 'EMPLOYMENT_OFFICER',
  disability_officer: 'DISABILITY_OFFICER',
  partner: 'PARTNER',
  auditor: 'AUDITOR',
  centre_manager: 'CENTRE_MANAGER',
};

/** Roles the graph does not know stay visible as OTHER: an access is never hidden. */
function toAccessRole(role: string): AccessRole {
  return isRole(role) ? ACCESS_ROLE[role] : 'OTHER';
}
