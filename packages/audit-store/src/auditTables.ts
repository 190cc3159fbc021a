/** Table names of the audit store; the writer, the verifier and the audit subgraph share them. */
export const AUDIT_TABLES = {
  /** One row per request, in chain order. */
  record: 'audit_record',
  /** One row per (record, distinct subject FIN): the citizen's index into the log. */
  subject: 'audit_subject',
  /** A single row (id 1) holding the last seq and hash: the lock appenders serialise on. */
  head: 'audit_chain_head',
} as const;

/** The id of the only row in `audit_chain_head`. */
export const CHAIN_HEAD_ID = 1;

/** `prevHash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);
