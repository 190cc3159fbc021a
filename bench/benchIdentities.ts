import { importJWK, type CryptoKey, type KeyObject } from 'jose';
import { loadOrCreateDevKeys } from '../platform/devKeys.ts';
import type { Env } from '../platform/env.ts';
import { INTERNAL_ALG, signInternalToken } from '../platform/internalToken.ts';
import type { Identity } from '../platform/roles.ts';
import { REGISTRY_SUBGRAPHS } from '../subgraphs/catalog.ts';

/** Purpose every staff request states (X-Dost-Purpose). */
export const BENCH_PURPOSE = 'SERVICE_APPLICATION:APP-2026-000123';

/**
 * The one identity configurations (c), (d) and (e) send to the subgraphs: a pension officer
 * with a purpose, the staff role whose rules let it read every field S1–S3 ask for.
 */
export const STATIC_STAFF: Identity = {
  actor: 'bench-static-po',
  role: 'pension_officer',
  fin: null,
  centre: null,
  agency: 'pensions',
  scopes: [],
  purpose: BENCH_PURPOSE,
  requestId: 'bench-static-identity',
};

/** A citizen reading their own data, as the internal token carries it. */
export function citizenIdentity(fin: string): Identity {
  return {
    ...STATIC_STAFF,
    actor: `citizen-${fin}`,
    role: 'citizen',
    fin,
    agency: null,
    purpose: null,
  };
}

/** The dev keys the gateway and the subgraphs load from `dataDir/keys`. */
export async function loadBenchKeys(
  env: Env,
): Promise<{ clientSecret: string; internalKey: CryptoKey | KeyObject }> {
  const dev = await loadOrCreateDevKeys(env.dataDir);
  const internalKey = await importJWK(dev.internalPrivate, INTERNAL_ALG);
  if (internalKey instanceof Uint8Array) throw new Error('The internal key must be an EC JWK.');
  return { clientSecret: dev.clientSecret, internalKey };
}

/** One long-lived (1 h) internal token per subgraph, signed once, for a fixed identity. */
export async function signStaticInternalTokens(
  identity: Identity,
  key: CryptoKey | KeyObject,
): Promise<Readonly<Record<string, string>>> {
  const names = Object.keys(REGISTRY_SUBGRAPHS);
  const tokens = await Promise.all(
    names.map((audience) => signInternalToken(identity, { key, audience, ttlSeconds: 3600 })),
  );
  return Object.fromEntries(names.map((name, i) => [name, tokens[i] ?? '']));
}
