/** How a request ended for the data it asked for. */
export type AuditOutcome = 'DISCLOSED' | 'DENIED' | 'FAILED';

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['DISCLOSED', 'DENIED', 'FAILED'];

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
  readonly requestId: string;
  readonly actor: AuditActor;
  /** `LEGAL_BASIS:case-reference` as stated by staff; null for citizens and auditors. */
  readonly purpose: string | null;
  /** FINs whose data was disclosed or asked for. */
  readonly subjects: readonly string[];
  /** Subgraph names, e.g. `['people', 'pensions']`. */
  readonly registries: readonly string[];
  /** Schema coordinates disclosed, e.g. `LabourPension.amount`. */
  readonly fields: readonly string[];
  readonly outcome: AuditOutcome;
  /** sha256 hex of the operation document. */
  readonly operationHash: string;
}

/** An entry once it is committed in the chain. */
export interface AuditRecord extends AuditEntry {
  /** Position in the chain: 1, 2, 3, … without gaps. */
  readonly seq: number;
  /** `hash` of the record before (64 zeros for seq 1). */
  readonly prevHash: string;
  /** sha256 hex of this record's canonical form (see hashAuditRecord). */
  readonly hash: string;
}
