import { loadOrCreateDevInternalSecret } from '@dost/platform/devInternalSecret.ts';
import type { Env } from '@dost/platform/env.ts';
import {
  deriveInternalCallKey,
  parseInternalCallKey,
  type InternalCallKey,
} from '@dost/platform/internalCallKey.ts';

/**
 * The key this subgraph checks the gateway's calls with: DOST_INTERNAL_CALL_KEY, the key the
 * operator derived for `subgraph` (`npm run internal:key`). Outside production, absent, it is
 * derived from the dev secret in dataDir, as the gateway's own is; production refuses that.
 */
export function loadInternalCallKey(env: Env, subgraph: string): InternalCallKey {
  if (env.internalCallKey !== undefined) {
    return parseInternalCallKey(env.internalCallKey, 'DOST_INTERNAL_CALL_KEY');
  }
  if (env.nodeEnv === 'production') {
    throw new Error(
      `In production set DOST_INTERNAL_CALL_KEY (npm run internal:key -- ${subgraph}); dev keys are refused.`,
    );
  }
  return deriveInternalCallKey(loadOrCreateDevInternalSecret(env.dataDir), subgraph);
}
