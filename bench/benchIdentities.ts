import { loadOrCreateDevInternalSecret } from '@dost/platform/devInternalSecret.ts';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import type { Env } from '@dost/platform/env.ts';
import { deriveInternalCallKey, type InternalCallKey } from '@dost/platform/internalCallKey.ts';
import { signInternalToken } from '@dost/platform/internalToken.ts';
import type { Identity } from '@dost/platform/roles.ts';

/**
 * Purpose every staff request states (X-Dost-Purpose): a pension officer's file. An operator's
 * SERVICE_APPLICATION must cite an open case of that very citizen at their centre, which a
 * random-citizen load cannot; the case check's own cost (one call to the service desk) is
 * measured apart (BENCHMARKS.md, "Purpose bound to a case").
 */
export const BENCH_PURPOSE = 'PENSION_ASSIGNMENT:PEN-2026-000481';

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
): Promise<{ clientSecret: string; internalSecret: InternalCallKey }> {
  const dev = await loadOrCreateDevKeys(env.dataDir);
  return {
    clientSecret: dev.clientSecret,
    internalSecret: loadOrCreateDevInternalSecret(env.dataDir),
  };
}

/** Signs one call to a subgraph (its audience) for its exact body, as the gateway does. */
export type CallSigner = (audience: string, body: string) => string;

/**
 * The internal token for each call, signed afresh for its body and subgraph: a subgraph
 * refuses a token signed for another body, or one it has already seen, so configurations
 * (c), (d) and (e) sign every call as (a) does; a signature costs each of them the same.
 */
export function createCallSigner(identity: Identity, secret: InternalCallKey): CallSigner {
  // Derived once per audience, as the gateway's SigningDataSource does.
  const keys = new Map<string, InternalCallKey>();
  return (audience, body) => {
    let key = keys.get(audience);
    if (key === undefined) {
      key = deriveInternalCallKey(secret, audience);
      keys.set(audience, key);
    }
    return signInternalToken(identity, { key, audience, body });
  };
}
