import { ERRORS } from '@dost/platform/errors.ts';
import { DisclosureCollector } from '../audit/DisclosureCollector.ts';
import type { ResilientDataSource } from '../datasource/ResilientDataSource.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { SERVICE_DESK } from './createCaseLookup.ts';
import type { GivenConsent } from './GivenConsent.ts';

/** The consents each citizen gave to the calling partner's agency, newest first, by FIN. */
export type ConsentLookup = (
  fins: readonly string[],
  context: GatewayContext,
) => Promise<ReadonlyMap<string, readonly GivenConsent[]>>;

const FIELDS = 'id scopes until revokedAt';

/**
 * Looks up consents at the service desk as createCaseLookup looks up a case: one call per
 * request (an alias per citizen), through the gateway's own data source, so it is signed for
 * the caller (the desk answers a partner only its own agency's consents), bound by the
 * request's deadline and circuit-broken. Nothing is cached: a consent revoked a moment ago
 * serves no further read. A desk that fails or refuses leaves consent unproven: the read is
 * refused REGISTRY_UNAVAILABLE (fail closed). Its disclosure report goes to a collector of its
 * own: consents are read for the gateway's check and never reach the caller.
 */
export function createConsentLookup(source: ResilientDataSource): ConsentLookup {
  return async (fins, ofRequest) => {
    const context: GatewayContext = { ...ofRequest, disclosure: new DisclosureCollector() };
    const variables = Object.fromEntries(fins.map((fin, i) => [`f${String(i)}`, fin]));
    const response = await source.callForRequest(
      { query: queryFor(fins.length), variables },
      context,
    );
    const data = response.data as Record<string, unknown> | null | undefined;
    if ((response.errors !== undefined && response.errors.length > 0) || data == null) {
      throw ERRORS.REGISTRY_UNAVAILABLE.refuse(undefined, { registry: SERVICE_DESK });
    }
    const found = new Map<string, readonly GivenConsent[]>();
    fins.forEach((fin, i) => {
      const answer = data[`c${String(i)}`];
      if (!Array.isArray(answer) || !answer.every(isGivenConsent)) {
        throw ERRORS.REGISTRY_UNAVAILABLE.refuse(undefined, { registry: SERVICE_DESK });
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
