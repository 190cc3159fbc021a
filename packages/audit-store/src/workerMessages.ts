import type { AuditEntry, AuditRecord } from './AuditEntry.ts';

/** Main thread → audit worker: append these entries in one transaction. */
export interface AppendRequest {
  readonly id: number;
  readonly entries: readonly AuditEntry[];
}

/** Audit worker → main thread, once, when it has loaded and can take appends. */
export interface WorkerReady {
  readonly ready: true;
}

/** Audit worker → main thread: the committed records, or why the transaction failed. */
export type AppendReply =
  | { readonly id: number; readonly records: AuditRecord[] }
  | {
      readonly id: number;
      readonly error: { readonly message: string; readonly code: string | null };
    };
