import { HeaderMap } from '@apollo/server';
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRes,
  type RateLimiterLike,
} from 'rate-limiter-flexible';
import type { GraphQLError } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import type { RateLimitOptions } from './RateLimitOptions.ts';

/** The window the burst allowance refills over. */
const BURST_WINDOW_SECONDS = 10;

export interface RateLimiter {
  /**
   * Counts one failed authentication against the address and resolves null; once the address
   * has spent its budget, counts no more and resolves the 429 to answer instead.
   */
  recordFailedAuth(address: string): Promise<GraphQLError | null>;
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
    async recordFailedAuth(address) {
      const seen = await failures.get(address);
      // Past the budget the count stops: the answer is 429 until the minute is over either way.
      if (seen !== null && seen.consumedPoints >= failedAuthPerMinute) return refusal(seen);
      // Concurrent failures may take the count a few past the budget; consume's rejection then
      // says nothing the next call will not.
      await failures.consume(address).catch(() => undefined);
      return null;
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

function refusal(state: RateLimiterRes): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return ERRORS.RATE_LIMITED.err(`Too many requests; retry in ${retryAfter} s.`, {
    retryAfter,
    http: { headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
  });
}
