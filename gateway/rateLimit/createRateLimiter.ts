import { HeaderMap } from '@apollo/server';
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRes,
  type RateLimiterLike,
} from 'rate-limiter-flexible';
import { ERRORS } from '../../platform/errors.ts';
import type { RateLimitOptions } from './RateLimitOptions.ts';

/** The window the burst allowance refills over. */
const BURST_WINDOW_SECONDS = 10;

export interface RateLimiter {
  /** Before any token work (cheap): refuses an address that failed authentication too often. */
  checkAddress(address: string): Promise<void>;
  /** Counts one failed authentication against the address. */
  recordFailedAuth(address: string): Promise<void>;
  /** After authentication: counts the request against its principal, or refuses it. */
  consumePrincipal(sub: string): Promise<void>;
}

/**
 * In-memory limits per principal and per address (rate-limiter-flexible). Each gateway
 * process counts on its own: with N replicas a caller gets up to N times the budget.
 * Refusals are RATE_LIMITED, HTTP 429, with `Retry-After`.
 */
export function createRateLimiter({
  perSecond = 50,
  burst = 100,
  failedAuthPerMinute = 100,
}: RateLimitOptions = {}): RateLimiter {
  const principals = principalLimiter(perSecond, burst);
  const failures = new RateLimiterMemory({ points: failedAuthPerMinute, duration: 60 });
  return {
    async checkAddress(address) {
      const seen = await failures.get(address);
      if (seen !== null && seen.consumedPoints >= failedAuthPerMinute) throw refusal(seen);
    },
    async recordFailedAuth(address) {
      // Over the limit the rejection is the point; it is reported by the next checkAddress.
      await failures.consume(address).catch(() => undefined);
    },
    async consumePrincipal(sub) {
      try {
        await principals.consume(sub);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw refusal(rejection);
        throw rejection;
      }
    },
  };
}

function principalLimiter(perSecond: number, burst: number): RateLimiterLike | BurstyRateLimiter {
  const steady = new RateLimiterMemory({ points: perSecond, duration: 1 });
  if (burst <= perSecond) return steady;
  const allowance = new RateLimiterMemory({
    points: burst - perSecond,
    duration: BURST_WINDOW_SECONDS,
  });
  return new BurstyRateLimiter(steady, allowance);
}

function refusal(state: RateLimiterRes) {
  const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return ERRORS.RATE_LIMITED.err(`Too many requests; retry in ${retryAfter} s.`, {
    retryAfter,
    http: { headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
  });
}
