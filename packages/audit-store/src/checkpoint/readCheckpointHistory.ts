import type { KeyObject } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Knex } from 'knex';
import type { AuditWitness, WitnessEntry } from '../witness/AuditWitness.ts';
import type { AuditCheckpoint } from './AuditCheckpoint.ts';
import { createAnchorChecker } from './createAnchorChecker.ts';
import { createSeqRanges, type SeqRanges } from './createSeqRanges.ts';
import { openAuditCheckpoint } from './openAuditCheckpoint.ts';
import type { TrailFinding } from './TrailFinding.ts';

/** What one writer's checkpoints, read in order, establish. */
export interface WriterHistory {
  readonly writer: string;
  /** The number its next checkpoint must carry. */
  nextN: number;
  /** JWS of its latest checkpoint, to recognise the same line appended twice by a retry. */
  lastJws: string;
  /** `at` (ms) of its latest checkpoint. */
  lastAt: number;
  /** Head its latest checkpoint read. */
  lastSeq: number;
  nextWithinMs: number;
  final: boolean;
  /** Highest seq it claimed. */
  claimedTo: number;
}

export interface CheckpointHistory {
  checkpoints: number;
  writers: ReadonlyMap<string, WriterHistory>;
  claimed: SeqRanges;
  /** `at` (ms) and head of every checkpoint: after `at`, nothing committed before lies above the head. */
  times: number[];
  heads: number[];
  /** The lowest head any checkpoint read: records up to it predate checkpoints. */
  firstSeq: number | null;
  /** Lines that are not even JSON (an append cut short); they vouch for nothing. */
  unreadable: string[];
}

export interface ReadHistoryOptions {
  db: Knex;
  witnesses: readonly AuditWitness[];
  /** The gateway's internal ES256 public key. */
  key: KeyObject;
  report(finding: TrailFinding): void;
}

/**
 * Streams every witness once: checks each signature, each writer's numbering (a lost or a
 * changed checkpoint is a defect of the witness), each anchor against the stored record,
 * and gathers the claims. Memory grows with checkpoints (two numbers each) and claim runs,
 * never with records.
 */
export async function readCheckpointHistory(
  options: ReadHistoryOptions,
): Promise<CheckpointHistory> {
  const { db, witnesses, key, report } = options;
  const anchors = createAnchorChecker(db, report);
  const history: CheckpointHistory = {
    checkpoints: 0,
    writers: new Map(),
    claimed: createSeqRanges(),
    times: [],
    heads: [],
    firstSeq: null,
    unreadable: [],
  };
  const writers = history.writers as Map<string, WriterHistory>;
  for (const witness of witnesses) {
    for await (const entry of witness.read()) {
      const where = `${witness.name} ${entry.where}`;
      if ('unreadable' in entry) {
        history.unreadable.push(`${where}: ${entry.unreadable}`);
        continue;
      }
      const checkpoint = await openEntry(entry, where, key, report);
      if (checkpoint === null) continue;
      const writer = writers.get(checkpoint.writer);
      if (writer !== undefined && isRepeat(writer, checkpoint, entry.jws)) continue;
      if (!inSequence(writer, checkpoint, where, report)) continue;
      record(history, writers, checkpoint, entry.jws);
      await anchors.add({ seq: checkpoint.seq, hash: checkpoint.hash, label: labelOf(checkpoint) });
      claim(history, checkpoint, report);
    }
  }
  await anchors.done();
  return history;
}

async function openEntry(
  entry: WitnessEntry,
  where: string,
  key: KeyObject,
  report: (finding: TrailFinding) => void,
): Promise<AuditCheckpoint | null> {
  const opened = await openAuditCheckpoint(entry.jws, key);
  if ('problem' in opened) {
    report({ seq: null, reason: `${where} is not a gateway's checkpoint: ${opened.problem}` });
    return null;
  }
  const { checkpoint } = opened;
  const signed = new Map<string, unknown>(Object.entries(checkpoint));
  const differs = Object.entries(entry.copy).some(
    ([field, value]) => !isDeepStrictEqual(value, signed.get(field)),
  );
  // The signed form is authentic and still used; the readable one would mislead people.
  if (differs)
    report({ seq: null, reason: `${where}: its readable copy differs from what was signed` });
  return checkpoint;
}

/** The same signed line again: a retry after an append whose outcome was unknown. */
function isRepeat(writer: WriterHistory, checkpoint: AuditCheckpoint, jws: string): boolean {
  return checkpoint.n === writer.nextN - 1 && jws === writer.lastJws;
}

function inSequence(
  writer: WriterHistory | undefined,
  checkpoint: AuditCheckpoint,
  where: string,
  report: (finding: TrailFinding) => void,
): boolean {
  const { n } = checkpoint;
  const expected = writer?.nextN ?? 0;
  const gateway = `gateway ${checkpoint.writer}`;
  if (writer?.final === true) {
    report({ seq: null, reason: `${where}: ${gateway} wrote checkpoint ${n} after its final one` });
    return false;
  }
  if (n < expected) {
    report({ seq: null, reason: `${where}: a second, different checkpoint ${n} of ${gateway}` });
    return false;
  }
  if (n > expected) {
    const lost = n === expected + 1 ? `${expected}` : `${expected}–${n - 1}`;
    report({
      seq: null,
      reason: `the witness lost checkpoint ${lost} of ${gateway} (before ${where})`,
    });
  }
  return true;
}

function record(
  history: CheckpointHistory,
  writers: Map<string, WriterHistory>,
  checkpoint: AuditCheckpoint,
  jws: string,
): void {
  const at = Date.parse(checkpoint.at);
  const previous = writers.get(checkpoint.writer);
  writers.set(checkpoint.writer, {
    writer: checkpoint.writer,
    nextN: checkpoint.n + 1,
    lastJws: jws,
    lastAt: at,
    lastSeq: checkpoint.seq,
    nextWithinMs: checkpoint.nextWithinMs,
    final: checkpoint.final,
    claimedTo: Math.max(previous?.claimedTo ?? 0, checkpoint.ranges.at(-1)?.[1] ?? 0),
  });
  history.checkpoints += 1;
  history.times.push(at);
  history.heads.push(checkpoint.seq);
  history.firstSeq = Math.min(history.firstSeq ?? Infinity, checkpoint.seq);
}

function claim(
  history: CheckpointHistory,
  checkpoint: AuditCheckpoint,
  report: (finding: TrailFinding) => void,
): void {
  for (const [from, to] of checkpoint.ranges) {
    const twice = history.claimed.add(from, to);
    if (twice !== null) {
      report({
        seq: twice,
        reason: `record ${twice} is claimed twice (again by ${labelOf(checkpoint)})`,
      });
    }
  }
}

function labelOf({ n, writer, at }: AuditCheckpoint): string {
  return `checkpoint ${n} of gateway ${writer} (${at})`;
}
