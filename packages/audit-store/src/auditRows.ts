import {
  AUDIT_OUTCOMES,
  type AuditFormat,
  type AuditOutcome,
  type AuditRecord,
} from './AuditEntry.ts';

/** A row of `audit_record`; arrays are JSON text so their order is kept for the hash. */
export interface AuditRecordRow {
  seq: number | string;
  /** The record's layout (AuditFormat); rows from before the column read 1. */
  format: number | string;
  at: string;
  request_id: string;
  /** Null in format 1. */
  correlation_id: string | null;
  actor_sub: string;
  actor_role: string;
  actor_centre: string | null;
  actor_agency: string | null;
  purpose: string | null;
  outcome: string;
  operation_hash: string;
  subjects: string;
  registries: string;
  fields: string;
  /** JSON array; null in format 1, which kept no refused fields. */
  refused: string | null;
  prev_hash: string;
  hash: string;
}

/** A row of `audit_subject`. */
export interface AuditSubjectRow {
  seq: number | string;
  fin: string;
}

export function toAuditRow(record: AuditRecord): AuditRecordRow {
  return {
    seq: record.seq,
    format: record.format,
    at: record.at,
    request_id: record.requestId,
    correlation_id: record.correlationId,
    actor_sub: record.actor.sub,
    actor_role: record.actor.role,
    actor_centre: record.actor.centre,
    actor_agency: record.actor.agency,
    purpose: record.purpose,
    outcome: record.outcome,
    operation_hash: record.operationHash,
    subjects: JSON.stringify(record.subjects),
    registries: JSON.stringify(record.registries),
    fields: JSON.stringify(record.fields),
    refused: JSON.stringify(record.refused),
    prev_hash: record.prevHash,
    hash: record.hash,
  };
}

/** The index rows of one record: each distinct subject once. */
export function toSubjectRows(record: AuditRecord): AuditSubjectRow[] {
  return [...new Set(record.subjects)].map((fin) => ({ seq: record.seq, fin }));
}

/** Reads a stored row back; throws on a row no writer could have produced. */
export function fromAuditRow(row: AuditRecordRow): AuditRecord {
  // BIGINT may come back as a string from mysql2; seqs stay far below 2^53.
  const seq = Number(row.seq);
  const format = parseFormat(row.format, seq);
  return {
    format,
    seq,
    at: row.at,
    requestId: row.request_id,
    correlationId: row.correlation_id,
    actor: {
      sub: row.actor_sub,
      role: row.actor_role,
      centre: row.actor_centre,
      agency: row.actor_agency,
    },
    purpose: row.purpose,
    subjects: parseList(row.subjects, 'subjects', seq),
    registries: parseList(row.registries, 'registries', seq),
    fields: parseList(row.fields, 'fields', seq),
    refused: row.refused === null ? [] : parseList(row.refused, 'refused', seq),
    outcome: parseOutcome(row.outcome, seq),
    operationHash: row.operation_hash,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function parseList(text: string, column: string, seq: number): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`audit record ${seq}: ${column} is not a JSON array of strings`);
  }
  return value;
}

function parseOutcome(outcome: string, seq: number): AuditOutcome {
  const known = AUDIT_OUTCOMES.find((o) => o === outcome);
  if (known === undefined) throw new Error(`audit record ${seq}: unknown outcome ${outcome}`);
  return known;
}

function parseFormat(format: number | string, seq: number): AuditFormat {
  const value = Number(format);
  if (value === 1 || value === 2) return value;
  throw new Error(`audit record ${seq}: unknown format ${String(format)}`);
}
