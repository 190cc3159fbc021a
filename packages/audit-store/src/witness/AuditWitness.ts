import type { AuditCheckpoint } from '../checkpoint/AuditCheckpoint.ts';

/** Where checkpoints are kept (DOST_AUDIT_WITNESS); the environment parses it. */
export type { AuditWitnessLocation } from '@dost/platform/parseWitnessLocation.ts';

/** One stored checkpoint as read back: only `jws` is trusted, `copy` is its readable form. */
export interface WitnessEntry {
  /** Where it was found, for messages: `line 12`, `row 5`. */
  readonly where: string;
  readonly jws: string;
  /** Fields stored in the clear next to the JWS; the verifier checks they say the same. */
  readonly copy: Readonly<Record<string, unknown>>;
}

/** A line that is not even JSON, as a crash in the middle of an append can leave. */
export interface UnreadableWitnessEntry {
  readonly where: string;
  readonly unreadable: string;
}

/** An append-only store of signed checkpoints. */
export interface AuditWitness {
  /** For messages, without credentials: `file:/srv/dost/audit-witness.jsonl`. */
  readonly name: string;
  /**
   * Appends one signed checkpoint and resolves once it is durable. Appending the same JWS
   * again after a failure whose outcome is unknown is harmless.
   */
  append(checkpoint: AuditCheckpoint, jws: string): Promise<void>;
  /** Every entry in the order appended, streamed so memory stays flat. */
  read(): AsyncIterable<WitnessEntry | UnreadableWitnessEntry>;
  close(): Promise<void>;
}
