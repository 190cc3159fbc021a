import type { KeyObject } from 'node:crypto';
import type { Knex } from 'knex';
import { verifyAuditChain } from '../verifyAuditChain.ts';
import type { AuditWitness } from '../witness/AuditWitness.ts';
import { judgeUnclaimed, type UnvouchedWindow } from './judgeUnclaimed.ts';
import { readCheckpointHistory } from './readCheckpointHistory.ts';
import { firstFinding, type TrailFinding } from './TrailFinding.ts';

export interface AuditTrailReport {
  /** Records in the chain (its head). */
  readonly records: number;
  /** Signed checkpoints read, and the gateway processes (writers) that wrote them. */
  readonly checkpoints: number;
  readonly writers: number;
  /** Records a checkpoint claims: a gateway vouches that it wrote them. */
  readonly vouched: number;
  /** Records from before the first checkpoint: anchored, but nobody vouches who wrote them. */
  readonly legacy: number;
  /** Records after the latest checkpoint of a running gateway: not judged yet. */
  readonly pending: number;
  /** Records a gateway that stopped without a final checkpoint may have written. */
  readonly unvouched: readonly UnvouchedWindow[];
  /** Witness lines that are not JSON: an append cut short by a crash. */
  readonly unreadable: readonly string[];
}

export type AuditTrailVerdict =
  | ({ readonly ok: true } & AuditTrailReport)
  | ({
      readonly ok: false;
      /** First untrustworthy record; null when the witness itself is at fault. */
      readonly brokenAt: number | null;
      readonly reason: string;
      /** Defects found in all, the one in `reason` included. */
      readonly problems: number;
    } & AuditTrailReport);

export interface VerifyAuditTrailOptions {
  /** The audit store. */
  db: Knex;
  /** Where the gateways wrote checkpoints; several files are read as one history. */
  witnesses: readonly AuditWitness[];
  /** The gateway's internal ES256 public key. */
  key: KeyObject;
  /** Clock difference tolerated between gateways, and with this verifier. @default 5_000 */
  skewMs?: number;
}

/**
 * The hash chain (verifyAuditChain) checked against the gateways' signed checkpoints: a
 * chain cut back, a rewritten suffix (even re-hashed consistently) and a record appended by
 * no gateway are found wherever a checkpoint covers them. The witness is read before the
 * chain, so every record a checkpoint names was committed before the chain's head is read.
 */
export async function verifyAuditTrail(
  options: VerifyAuditTrailOptions,
): Promise<AuditTrailVerdict> {
  const { db, witnesses, key, skewMs = 5_000 } = options;
  const findings: TrailFinding[] = [];
  const report = (finding: TrailFinding) => void findings.push(finding);
  const history = await readCheckpointHistory({ db, witnesses, key, report });
  const now = Date.now();
  const chain = await verifyAuditChain(db);
  const base = {
    checkpoints: history.checkpoints,
    writers: history.writers.size,
    unreadable: history.unreadable,
  };
  let summary: AuditTrailReport;
  if (!chain.ok) {
    report({ seq: chain.brokenAt, reason: chain.reason });
    summary = { ...base, records: chain.count, vouched: 0, legacy: 0, pending: 0, unvouched: [] };
  } else {
    const head = chain.count;
    if (history.checkpoints === 0 && head > 0) {
      // Every gateway writes one as it starts: none at all is a wrong witness, or a wiped one.
      report({
        seq: null,
        reason: `the witness holds no checkpoint to check ${head} records against`,
      });
    }
    const claimedTo = history.claimed.max();
    if (claimedTo > head) {
      report({
        seq: head + 1,
        reason: `records ${head + 1}–${claimedTo} were committed by a gateway and are gone: the chain was cut back to ${head}`,
      });
    }
    summary = { ...base, records: head, ...judgeUnclaimed({ history, head, now, skewMs, report }) };
  }
  const first = firstFinding(findings);
  if (first === undefined) return { ok: true, ...summary };
  return {
    ok: false,
    brokenAt: first.seq,
    reason: first.reason,
    problems: findings.length,
    ...summary,
  };
}
