import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  deriveInternalCallKey,
  generateInternalSecret,
  type InternalCallKey,
} from '@dost/platform/internalCallKey.ts';

export interface TestKeys {
  /** The gateway's ES256 pair: audit checkpoints are signed and verified with it. */
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The gateway's internal-call secret. */
  readonly internalSecret: InternalCallKey;
  /** The call key derived from it for one subgraph, as the operator hands it over. */
  callKey(subgraph: string): InternalCallKey;
}

/** Fresh gateway keys, as a deployment would generate once. */
export function createTestKeys(): TestKeys {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const internalSecret = generateInternalSecret();
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    internalSecret,
    callKey: (subgraph) => deriveInternalCallKey(internalSecret, subgraph),
  };
}
