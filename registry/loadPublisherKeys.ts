import type { Env } from '@dost/platform/env.ts';
import { loadOrCreateDevPublisherKey } from '@dost/schema-registry';
import type { JWK } from 'jose';

/** The registry's publisher-token keys as configured, or the development pair outside production. */
export function loadPublisherKeys(env: Env): { publicKey: JWK; privateKey: JWK | null } {
  const settings = env.schemaRegistry;
  const configured = settings?.publicKey;
  if (configured !== undefined) {
    const privateKey = settings?.privateKey;
    return {
      publicKey: JSON.parse(configured) as JWK,
      privateKey: privateKey === undefined ? null : (JSON.parse(privateKey) as JWK),
    };
  }
  if (env.nodeEnv === 'production') {
    // A development key signs anything anyone with the data folder asks for.
    throw new Error('DOST_REGISTRY_PUBLIC_KEY is required in production (an ES256 public JWK)');
  }
  return loadOrCreateDevPublisherKey(env.dataDir);
}
