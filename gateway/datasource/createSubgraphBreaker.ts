import CircuitBreaker from 'opossum';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { BreakerState } from './SubgraphCallObserver.ts';

/** When a subgraph's circuit opens, and for how long. */
export interface BreakerOptions {
  /** Share of failed calls in the rolling window that opens the circuit. @default 50 */
  errorThresholdPercentage?: number;
  /** Calls in the window before the circuit may open at all. @default 10 */
  volumeThreshold?: number;
  /** Length of the rolling window of call statistics. @default 10_000 */
  rollingWindowMs?: number;
  /** How long an open circuit fails calls at once before letting one trial call through. @default 5_000 */
  resetTimeoutMs?: number;
}

/** Runs one call (a thunk) under the breaker. */
export type SubgraphBreaker<R> = CircuitBreaker<[() => Promise<R>], R>;

/**
 * One circuit per subgraph: once most recent calls to a registry fail, further calls fail at
 * once (no socket, no wait for the timeout) until a trial call succeeds. Time limits are not
 * the breaker's (`timeout: false`): the data source aborts each call itself, so the socket is
 * freed, which opossum's own timeout would not do. It never retries.
 */
export function createSubgraphBreaker<R>(
  name: string,
  {
    errorThresholdPercentage = 50,
    volumeThreshold = 10,
    rollingWindowMs = 10_000,
    resetTimeoutMs = 5_000,
  }: BreakerOptions,
  log: Logger,
  /** Told of the circuit's state now and at each change (metrics). */
  onState: (state: BreakerState) => void = () => undefined,
): SubgraphBreaker<R> {
  const breaker: SubgraphBreaker<R> = new CircuitBreaker((call: () => Promise<R>) => call(), {
    name,
    timeout: false,
    errorThresholdPercentage,
    volumeThreshold,
    rollingCountTimeout: rollingWindowMs,
    resetTimeout: resetTimeoutMs,
  });
  breaker.on('open', () => {
    log.warn({ subgraph: name }, 'circuit opened: failing calls fast');
    onState('open');
  });
  breaker.on('halfOpen', () => {
    log.info({ subgraph: name }, 'circuit half-open: trying a call');
    onState('halfOpen');
  });
  breaker.on('close', () => {
    log.info({ subgraph: name }, 'circuit closed: subgraph recovered');
    onState('closed');
  });
  onState('closed');
  return breaker;
}
