import { Redis } from 'ioredis';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { SharedLimitStore } from './RateLimitOptions.ts';

/** Longest a limit check waits for Redis before the process's own count answers instead. */
const COMMAND_TIMEOUT_MS = 250;

/**
 * A Redis client for the shared rate limits, made to fail fast: no offline queue (a command
 * while disconnected fails at once instead of waiting for a reconnect) and a short command
 * timeout, so a Redis that is down or hung costs a request at most COMMAND_TIMEOUT_MS before
 * the in-memory insurance limiter decides (createRateLimiter). It reconnects by itself.
 */
export function openLimitStore({
  url,
  keyPrefix,
  log,
}: {
  url: string;
  keyPrefix: string;
  log: Logger;
}): SharedLimitStore & { close(): Promise<void> } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    // Back off up to 2 s between reconnects, forever: Redis coming back restores sharing.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let reported = false;
  // Without a listener ioredis prints every failed reconnect; one line per outage is enough.
  redis.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    log.warn({ err: error }, 'rate-limit store unreachable: limits counted per process');
  });
  redis.on('ready', () => {
    if (reported) log.info('rate-limit store reachable again: limits shared');
    reported = false;
  });
  return {
    redis,
    keyPrefix,
    async close() {
      // quit() waits for a reply a dead server never sends; disconnect() does not.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
