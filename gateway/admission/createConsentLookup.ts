import type { ResilientDataSource } from '../datasource/ResilientDataSource.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { askServiceDesk, deskUnavailable } from './askServiceDesk.ts';
import type { GivenConsent } from './GivenConsent.ts';

/** The consents each citizen gave to the calling partner's agency, newest first, by FIN. */
export type ConsentLookup = (
  fins: readonly string[],
  context: GatewayContext,
) => Promise<ReadonlyMap<string, readonly GivenConsent[]>>;

const FIELDS = 'id scopes until revokedAt';

/**
 * Looks up consents at the service desk (askServiceDesk): one call per request, an alias per
 * citizen; the desk answers a partner only its own agency's consents. Nothing is cached, so a
 * consent revoked a moment ago serves no further read; a desk that fails or refuses leaves
 * consent unproven, and the read is refused REGISTRY_UNAVAILABLE (fail closed).
 */
export function createConsentLookup(source: ResilientDataSource): ConsentLookup {
  return async (fins, ofRequest) => {
    const variables = Object.fromEntries(fins.map((fin, i) => [`f${String(i)}`, fin]));
    const response = await askServiceDesk(
      source,
      { query: queryFor(fins.length), variables },
      ofRequest,
    );
    const data = response.data as Record<string, unknown> | null | undefined;
    if ((response.errors !== undefined && response.errors.length > 0) || data == null) {
      throw deskUnavailable();
    }
    const found = new Map<string, readonly GivenConsent[]>();
    fins.forEach((fin, i) => {
      const answer = data[`c${String(i)}`];
      if (!Array.isArray(answer) || !answer.every(isGivenConsent)) {
        throw deskUnavailable();
      }
      found.set(fin, answer);
    });
    return found;
  };
}

function queryFor(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => String(i));
  const variables = indexes.map((i) => `$f${i}: FIN!`).join(', ');
  const fields = indexes.map((i) => `c${i}: partnerConsents(fin: $f${i}) { ${FIELDS} }`);
  return `query PartnerConsents(${variables}) { ${fields.join(' ')} }`;
}

function isGivenConsent(value: unknown): value is GivenConsent {
  if (typeof value !== 'object' || value === null) return false;
  const { id, scopes, until, revokedAt } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    Array.isArray(scopes) &&
    scopes.every((scope) => typeof scope === 'string') &&
    typeof until === 'string' &&
    (revokedAt === null || typeof revokedAt === 'string')
  );
}
