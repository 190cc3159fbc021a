/** A consent as the service desk tells the partner it was given to. */
export interface GivenConsent {
  readonly id: string;
  readonly scopes: readonly string[];
  /** The last day it holds, `YYYY-MM-DD` (Baku). */
  readonly until: string;
  readonly revokedAt: string | null;
}

/** Why a partner's read is refused; CONSENT_REQUIRED's `extensions.reason`. */
export type ConsentRefusal = 'NONE' | 'REVOKED' | 'EXPIRED' | 'SCOPE';

/**
 * The consent a partner's read of one citizen is made under, or why there is none.
 * `consents` are the citizen's consents to the partner's agency, newest first; `needs` lists,
 * per field the read asks for that a scope opens, the scopes (of the partner's agreement) that
 * open it: a consent serves when it names at least one of each. A live consent is one not
 * revoked whose `until` is today or later. Without one that serves, the reason comes from the
 * newest consent: REVOKED or EXPIRED, SCOPE when live ones exist but name too little, NONE
 * when the citizen never consented.
 */
export function consentFor(
  consents: readonly GivenConsent[],
  needs: readonly (readonly string[])[],
  today: string,
): { consent: GivenConsent } | { refusal: ConsentRefusal } {
  const live = consents.filter((c) => c.revokedAt === null && c.until >= today);
  const serving = live.find((c) => needs.every((need) => need.some((s) => c.scopes.includes(s))));
  if (serving !== undefined) return { consent: serving };
  if (live.length > 0) return { refusal: 'SCOPE' };
  const [newest] = consents;
  if (newest === undefined) return { refusal: 'NONE' };
  return { refusal: newest.revokedAt === null ? 'EXPIRED' : 'REVOKED' };
}
