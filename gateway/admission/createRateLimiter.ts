import { HeaderMap } from '@apollo/server';
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { GraphQLError } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import type { RateLimitOptions, SharedLimitStore } from './RateLimitOptions.ts';

/** The window the burst allowance refills over. */
const BURST_WINDOW_SECONDS = 10;

/** Which budget refused a request: a principal's, or an address's failed authentications. */
export type LimitName = 'principal' | 'failed_auth';

export interface RateLimiter {
  /**
   * Counts one failed authentication against the address and resolves null; once the address
   * has spent its budget, counts no more and resolves the 429 to answer instead.
   */
  recordFailedAuth(address: string): Promise<GraphQLError | null>;
  /** After authentication: counts the request against its principal, or refuses it. */
  consumePrincipal(sub: string): Promise<void>;
}

/** What the limiter tells the gateway's metrics. */
export interface RateLimitEvents {
  /** A request was answered 429 by this budget. */
  refused(limit: LimitName): void;
  /** The shared store failed a check, which this process's own count answered instead. */
  storeFailed(): void;
}

const IGNORED: RateLimitEvents = { refused: () => undefined, storeFailed: () => undefined };

/**
 * Limits per principal and per address (rate-limiter-flexible). Without `shared` each gateway
 * process counts in its own memory, so N replicas allow up to N times the budget. With it the
 * counts live in Redis and every replica enforces one budget.
 *
 * When Redis fails a check (down, hung past its command timeout), that check is answered by
 * an in-memory limiter of the same budget in this process (rate-limiter-flexible's insurance
 * limiter), and `storeFailed` is told so that an alert can fire. Failing open to per-process
 * limits rather than closed: the limits protect capacity, not data (authentication, purpose,
 * field rules and the audit record do not depend on Redis), and a cache outage must not shut
 * every DOST centre's window; during it a principal gets at most one budget per replica,
 * which is what it got before limits were shared. Refusals are RATE_LIMITED, HTTP 429, with
 * `Retry-After`.
 */
export function createRateLimiter(
  { perSecond = 50, burst = 100, failedAuthPerMinute = 100, shared }: RateLimitOptions = {},
  events: RateLimitEvents = IGNORED,
): RateLimiter {
  const limiter = limiterFactory(shared, events);
  const principals = principalLimiter(limiter, perSecond, burst);
  const failures = limiter('failed-auth', { points: failedAuthPerMinute, duration: 60 });
  return {
    async recordFailedAuth(address) {
      const seen = await failures.get(address);
      // Past the budget the count stops: the answer is 429 until the minute is over either way.
      if (seen !== null && seen.consumedPoints >= failedAuthPerMinute) {
        events.refused('failed_auth');
        return refusal(seen);
      }
      // Concurrent failures may take the count a few past the budget; consume's rejection then
      // says nothing the next call will not.
      await failures.consume(address).catch(() => undefined);
      return null;
    },
    async consumePrincipal(sub) {
      try {
        await principals.consume(sub);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        events.refused('principal');
        throw refusal(rejection);
      }
    },
  };
}

type LimiterFactory = (name: string, options: IRateLimiterOptions) => RateLimiterAbstract;

/** Limiters in memory, or in Redis insured by memory; `name` keeps their keys apart. */
function limiterFactory(shared: SharedLimitStore | undefined, events: RateLimitEvents) {
  const factory: LimiterFactory = (name, options) => {
    if (shared === undefined) return new RateLimiterMemory(options);
    return new RateLimiterRedis({
      ...options,
      storeClient: shared.redis,
      keyPrefix: `${shared.keyPrefix}:${name}`,
      // Not connected: go straight to the insurance instead of trying a command.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new InsuranceLimiter(options, () => events.storeFailed()),
    });
  };
  return factory;
}

/** A memory limiter that reports each time it has to stand in for the shared store. */
class InsuranceLimiter extends RateLimiterMemory {
  readonly #used: () => void;

  constructor(options: IRateLimiterOptions, used: () => void) {
    super(options);
    this.#used = used;
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>) {
    this.#used();
    return super.consume(...args);
  }

  override get(...args: Parameters<RateLimiterMemory['get']>) {
    this.#used();
    return super.get(...args);
  }
}

function principalLimiter(limiter: LimiterFactory, perSecond: number, burst: number) {
  const steady = limiter('principal', { points: perSecond, duration: 1 });
  if (burst <= perSecond) return steady;
  const allowance = limiter('principal-burst', {
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
