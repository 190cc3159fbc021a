import type { KeyObject } from 'node:crypto';
import type { Env } from '../platform/env.ts';
import { signInternalToken } from '../platform/internalToken.ts';
import { signClientToken } from '../scripts/lib/signClientToken.ts';
import { citizenIdentity, signStaticInternalTokens, STATIC_STAFF } from './benchIdentities.ts';
import type { Caller } from './scenarios.ts';

/** Staff tokens per role; several callers so per-caller limits see a realistic spread. */
const STAFF_CALLERS = 50;

export interface BenchTokens {
  /** Client tokens (a, b) for staff, a pool per role. */
  readonly staff: Readonly<Record<Exclude<Caller, 'citizen'>, readonly string[]>>;
  /** Client token (a, b) of each sampled citizen. */
  readonly citizens: ReadonlyMap<string, string>;
  /** The static staff identity's internal token per subgraph (e). */
  readonly internalStaff: Readonly<Record<string, string>>;
  /** Each sampled citizen's internal token for the audit subgraph (e, S4). */
  readonly internalCitizens: ReadonlyMap<string, string>;
}

/** Signs, once before the load, every token the requests will carry (1 h lifetime). */
export async function createBenchTokens(options: {
  env: Env;
  clientSecret: string;
  internalKey: KeyObject;
  citizenFins: readonly string[];
}): Promise<BenchTokens> {
  const { env, clientSecret, internalKey, citizenFins } = options;
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
  const internalCitizens = citizenFins.map((fin) =>
    signInternalToken(citizenIdentity(fin), {
      key: internalKey,
      audience: 'audit',
      ttlSeconds: 3600,
    }),
  );
  return {
    staff: { operator, pension_officer: pensionOfficer },
    citizens: new Map(citizenFins.map((fin, i) => [fin, citizenTokens[i] ?? ''])),
    internalStaff: signStaticInternalTokens(STATIC_STAFF, internalKey),
    internalCitizens: new Map(citizenFins.map((fin, i) => [fin, internalCitizens[i] ?? ''])),
  };
}
