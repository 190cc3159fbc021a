import type { Redis } from 'ioredis';

/** How fast one caller may go; see README, "Security and operations". */
export interface RateLimitOptions {
  /** Sustained requests per second per principal (the token's `sub`). @default 50 */
  perSecond?: number;
  /**
   * Most requests a principal may make within one second when it bursts; the extra over
   * `perSecond` comes from an allowance refilled every 10 seconds. @default 100
   */
  burst?: number;
  /**
   * Failed authentications per client IP per minute; past it, that IP's failures are answered
   * 429 instead of 401 until the minute is over. A valid token from it is still admitted.
   * @default 100
   */
  failedAuthPerMinute?: number;
  /**
   * Count in Redis, so that every replica sharing it enforces one budget per principal and
   * per address. @default undefined (this process's memory: N replicas allow N budgets)
   */
  shared?: SharedLimitStore;
}

/** Where replicas keep their common counts. */
export interface SharedLimitStore {
  /** An ioredis client made for limits (openLimitStore): no offline queue, short timeouts. */
  readonly redis: Redis;
  /** Prefix of every key the limits write, so that deployments can share one Redis. */
  readonly keyPrefix: string;
}
