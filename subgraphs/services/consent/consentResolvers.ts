import type { SubgraphContext } from '@dost/subgraph-kit';
import { bakuToday } from '@dost/platform/bakuToday.ts';
import type { ServicesLoaders } from '../loaders.ts';
import type { Consent } from '../registry/consents.ts';
import { grantConsent, type GrantConsentInput } from './grantConsent.ts';
import { revokeConsent, type RevokeConsentInput } from './revokeConsent.ts';

type Context = SubgraphContext<ServicesLoaders>;

/** Whether a consent holds today: not revoked, and `until` not past (Baku's calendar). */
export function isLive(consent: Consent, today: string = bakuToday()): boolean {
  return consent.revokedAt === null && consent.until >= today;
}

/** The consent entries of the services resolver map (resolvers.ts spreads them in). */
export const consentResolvers = {
  Query: {
    // The partner's own consents only: the agency comes from its token, never an argument.
    partnerConsents: (_: unknown, { fin }: { fin: string }, { identity, loaders }: Context) =>
      identity.agency === null ? [] : loaders.registry.consentsToAgency(fin, identity.agency),
  },
  Mutation: {
    grantConsent: (_: unknown, { input }: { input: GrantConsentInput }, context: Context) =>
      grantConsent(input, context),
    revokeConsent: (_: unknown, { input }: { input: RevokeConsentInput }, context: Context) =>
      revokeConsent(input, context),
  },
  Citizen: {
    consents: ({ fin }: { fin: string }, _: unknown, { loaders }: Context) =>
      loaders.consentsOfCitizen.load(fin),
  },
  Consent: {
    id: (consent: Consent) => String(consent.id),
    live: (consent: Consent) => isLive(consent),
  },
};
