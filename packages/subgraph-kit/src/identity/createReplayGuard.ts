import { INTERNAL_CLOCK_TOLERANCE_MS } from '@dost/platform/internalToken.ts';

/** Remembers the ids of internal tokens a subgraph has accepted, for as long as they live. */
export interface ReplayGuard {
  /**
   * True the first time an id is presented, false for every later time while the token
   * could still pass verification; `exp` is the token's expiry in epoch seconds.
   */
  firstUse(jti: string, exp: number): boolean;
  /** Ids remembered now (for tests and metrics). */
  readonly size: number;
}

/**
 * The subgraph's half of "a captured token works once": an id is kept until its token
 * expires (plus the clock tolerance verification allows), then forgotten, since the token
 * is refused on its expiry from then on. Memory is bounded by the gateway's call rate times
 * the token's life (15 s): only the gateway can mint ids, so a caller cannot flood it.
 *
 * Per process. Several replicas of one subgraph behind a load balancer would each accept a
 * token once; the token's body binding still confines such a replay to the identical call,
 * and a shared store (Redis) belongs with the shared rate limits of the scale issue.
 */
export function createReplayGuard({ now = Date.now }: { now?: () => number } = {}): ReplayGuard {
  // Insertion order is expiry order (every token has the same life), so expired ids are
  // always at the front and each call drops them in amortised O(1).
  const seen = new Map<string, number>();
  const forgetExpired = (at: number) => {
    for (const [jti, until] of seen) {
      if (until > at) return;
      seen.delete(jti);
    }
  };
  return {
    firstUse(jti, exp) {
      const at = now();
      forgetExpired(at);
      if (seen.has(jti)) return false;
      seen.set(jti, exp * 1000 + INTERNAL_CLOCK_TOLERANCE_MS);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
