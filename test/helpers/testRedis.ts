import { randomBytes } from 'node:crypto';
import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv } from '@dost/platform/env.ts';
import { openLimitStore } from '../../gateway/admission/openLimitStore.ts';

/** The Redis of the tests: DOST_REDIS_URL, else the local one `.ci/run` makes sure is up. */
export const TEST_REDIS_URL = readEnv().redisUrl ?? 'redis://127.0.0.1:6379';

/**
 * A rate-limit store on the test Redis under a key prefix no other test uses, so that test
 * files running at once never count each other's requests.
 */
export function openTestLimitStore(url = TEST_REDIS_URL) {
  return openLimitStore({
    url,
    keyPrefix: `dost-test:${randomBytes(6).toString('hex')}`,
    log: createLogger({ level: 'silent' }),
  });
}
