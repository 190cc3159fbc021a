import type { AuditEntry, AuditRecord } from './AuditEntry.ts';

/**
 * Appends entries to the chain in one transaction, all or nothing (appendAuditBatch), and
 * resolves with their records once committed. The writer's group commit calls it.
 */
export type AuditAppender = (entries: readonly AuditEntry[]) => Promise<AuditRecord[]>;
