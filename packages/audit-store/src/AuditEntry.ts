/**
 * How a request ended for the data it asked for: all of it sent, some of it refused, all of
 * it refused, or a failure (a registry that did not answer) before anything was sent. A
 * write (a mutation) has two records: ATTEMPTED, committed before any registry is called,
 * then WRITTEN, DENIED or FAILED once it ran.
 */
export type AuditOutcome = 'DISCLOSED' | 'PARTIAL' | 'DENIED' | 'FAILED' | 'ATTEMPTED' | 'WRITTEN';

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = [
  'DISCLOSED',
  'PARTIAL',
  'DENIED',
  'FAILED',
  'ATTEMPTED',
  'WRITTEN',
];

/**
 * The record layouts the chain holds. 1: the first (no refused fields, no correlation id);
 * 2: adds both. Each record keeps its own, so records written before an upgrade still verify.
 */
export type AuditFormat = 1 | 2;

/** The layout new records are written in. */
export const CURRENT_AUDIT_FORMAT: AuditFormat = 2;

/** Who made the request, as the gateway authenticated them. */
export interface AuditActor {
  /** `sub` of the caller's token: a person or a partner system. */
  readonly sub: string;
  readonly role: string;
  /** DOST centre of an operator. */
  readonly centre: string | null;
  /** Agency of an officer or partner. */
  readonly agency: string | null;
}

/** What the gateway hands in for one request. */
export interface AuditEntry {
  /** ISO-8601 UTC with milliseconds (`2026-01-31T09:15:02.123Z`), set by the gateway. */
  readonly at: string;
  /** The gateway's own id for the request; never one a caller chose. */
  readonly requestId: string;
  /** The caller's `x-request-id`, kept beside the gateway's to match their logs; else null. */
  readonly correlationId: string | null;
  readonly actor: AuditActor;
  /** `LEGAL_BASIS:case-reference` as stated by staff; null for citizens and auditors. */
  readonly purpose: string | null;
  /** FINs whose data was disclosed or asked for. */
  readonly subjects: readonly string[];
  /** Subgraph names, e.g. `['people', 'pensions']`. */
  readonly registries: readonly string[];
  /** Schema coordinates that reached the caller, e.g. `LabourPension.amount`. */
  readonly fields: readonly string[];
  /** Schema coordinates asked for and refused, e.g. `DisabilityRecord.diagnoses`. */
  readonly refused: readonly string[];
  readonly outcome: AuditOutcome;
  /** sha256 hex of the operation document. */
  readonly operationHash: string;
}

/** An entry once it is committed in the chain. */
export interface AuditRecord extends AuditEntry {
  /** The layout this record was written (and hashed) in. */
  readonly format: AuditFormat;
  /** Position in the chain: 1, 2, 3, … without gaps. */
  readonly seq: number;
  /** `hash` of the record before (64 zeros for seq 1). */
  readonly prevHash: string;
  /** sha256 hex of this record's canonical form (see hashAuditRecord). */
  readonly hash: string;
}
