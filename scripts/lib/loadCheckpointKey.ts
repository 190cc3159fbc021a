import type { JsonWebKey, KeyObject } from 'node:crypto';
import { readDevKeys } from '@dost/platform/devKeys.ts';
import type { Env } from '@dost/platform/env.ts';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';

/**
 * The gateway's public key, which checkpoints are verified with: DOST_INTERNAL_PUBLIC_KEY,
 * else the dev key in the data folder. Unlike the subgraphs' loader it never makes a key:
 * a fresh key would verify nothing and turn a missing file into a "forged" verdict.
 */
export function loadCheckpointKey(env: Env): KeyObject {
  if (env.internalPublicKey !== undefined) {
    return importInternalKey(JSON.parse(env.internalPublicKey) as JsonWebKey, 'public');
  }
  if (env.nodeEnv === 'production') {
    throw new Error('set DOST_INTERNAL_PUBLIC_KEY; dev keys are refused in production');
  }
  const dev = readDevKeys(env.dataDir);
  if (dev === null) {
    throw new Error(`no DOST_INTERNAL_PUBLIC_KEY and no dev keys in ${env.dataDir}/keys`);
  }
  return importInternalKey(dev.internalPublic, 'public');
}
