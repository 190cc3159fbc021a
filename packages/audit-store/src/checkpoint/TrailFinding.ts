/**
 * A defect the verifier found. `seq` is the first record it makes untrustworthy; null when
 * the witness itself is at fault (a bad signature, a lost or a changed checkpoint).
 */
export interface TrailFinding {
  readonly seq: number | null;
  readonly reason: string;
}

/** The finding to lead with: witness defects first, then the lowest record. */
export function firstFinding(findings: readonly TrailFinding[]): TrailFinding | undefined {
  return [...findings].sort((a, b) => (a.seq ?? -Infinity) - (b.seq ?? -Infinity))[0];
}
