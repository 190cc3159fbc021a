import type { CallFailure } from './registryUnavailable.ts';

/** A circuit's state, as opossum names its events. */
export type BreakerState = 'closed' | 'open' | 'halfOpen';

/** Told of every subgraph call and circuit change (gateway/metrics implements it). */
export interface SubgraphCallObserver {
  /**
   * One call ended after `seconds`, answered (`failure` null) or not; `context` is the call's
   * own (a request's GatewayContext, or bare for a health check or schema load).
   */
  callEnded(subgraph: string, seconds: number, failure: CallFailure | null, context: object): void;
  /** A subgraph's circuit is now in `state`. */
  breakerChanged(subgraph: string, state: BreakerState): void;
}
