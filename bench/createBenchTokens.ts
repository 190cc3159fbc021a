import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import type { Env } from '@dost/platform/env.ts';
import { signClientToken } from '../scripts/lib/signClientToken.ts';
import {
  citizenIdentity,
  createCallSigner,
  STATIC_STAFF,
  type CallSigner,
} from './benchIdentities.ts';
import type { Caller } from './scenarios.ts';

/** Staff tokens per role; several callers so per-caller limits see a realistic spread. */
const STAFF_CALLERS = 50;

export interface BenchTokens {
  /** Client tokens (a, b) for staff, a pool per role. */
  readonly staff: Readonly<Record<Exclude<Caller, 'citizen'>, readonly string[]>>;
  /** Client token (a, b) of each sampled citizen. */
  readonly citizens: ReadonlyMap<string, string>;
  /** Signs each call of the static staff identity to a subgraph (e). */
  readonly internalStaff: CallSigner;
  /** Signs each call of a sampled citizen to a subgraph (e, S4). */
  readonly internalCitizen: (fin: string) => CallSigner;
}

/**
 * Signs, once before the load, every client token the requests will carry (1 h lifetime).
 * Internal tokens are bound to one call's body and used once, so (e) signs them per call.
 */
export async function createBenchTokens(options: {
  env: Env;
  clientSecret: string;
  internalSecret: InternalCallKey;
  citizenFins: readonly string[];
}): Promise<BenchTokens> {
  const { env, clientSecret, internalSecret, citizenFins } = options;
  const sign = (claims: Parameters<typeof signClientToken>[0]) =>
    signClientToken(claims, {
      secret: clientSecret,
      issuer: env.jwtIssuer,
      audience: env.jwtAudience,
      ttlSeconds: 3600,
    });
  const callers = Array.from({ length: STAFF_CALLERS }, (_, i) => i);
  const operator = await Promise.all(
    callers.map((i) => sign({ sub: `bench-op-${i}`, role: 'operator', centre: 'baku-1' })),
  );
  const pensionOfficer = await Promise.all(
    callers.map((i) => sign({ sub: `bench-po-${i}`, role: 'pension_officer', agency: 'pensions' })),
  );
  const citizenTokens = await Promise.all(
    citizenFins.map((fin) => sign({ sub: `citizen-${fin}`, role: 'citizen', fin })),
  );
  return {
    staff: { operator, pension_officer: pensionOfficer },
    citizens: new Map(citizenFins.map((fin, i) => [fin, citizenTokens[i] ?? ''])),
    internalStaff: createCallSigner(STATIC_STAFF, internalSecret),
    internalCitizen: (fin) => createCallSigner(citizenIdentity(fin), internalSecret),
  };
}
