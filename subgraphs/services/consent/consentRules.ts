import { anyOf, defineCheck, ownRecord, roleIs, ruleOf } from '@dost/subgraph-kit';

/** A partner with a purpose reading a consent given to its own agency. */
const partnerOfItsAgency = defineCheck(
  'isPartnerOfItsAgency',
  (identity, parent) =>
    identity.role === 'partner' &&
    identity.agency !== null &&
    identity.purpose !== null &&
    (parent as { agency?: unknown } | null | undefined)?.agency === identity.agency,
);

/** A partner with a purpose and an agency: who may look up consents given to it. */
const partnerWithAgency = defineCheck(
  'isPartnerWithAgency',
  (identity) =>
    identity.role === 'partner' && identity.agency !== null && identity.purpose !== null,
);

const ownConsent = ruleOf(ownRecord);

/**
 * Who may read and write consents (services permissions.ts spreads them in): the citizen
 * their own, and the partner agency the consents given to it, which is what the gateway's
 * consent check reads as the partner. Nobody else: staff have no business with them.
 */
export const consentRules = {
  Query: { partnerConsents: ruleOf(partnerWithAgency) },
  Mutation: {
    grantConsent: ruleOf(roleIs('citizen')),
    revokeConsent: ruleOf(roleIs('citizen')),
  },
  Citizen: { consents: ownConsent },
  Consent: ruleOf(anyOf(ownRecord, partnerOfItsAgency)),
};
