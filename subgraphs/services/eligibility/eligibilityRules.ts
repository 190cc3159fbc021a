import { anyOf, deny, ownRecord, ruleOf, staffWithPurpose } from '@dost/subgraph-kit';

/**
 * Hints are readable by whoever may read every fact they use: staff with a purpose and the
 * citizen themself (the summary readers of each registry the rules read; partners are out,
 * as no agreement names every one of those fields).
 */
const readsHints = ruleOf(anyOf(ownRecord, staffWithPurpose));

/**
 * The other registries' fields this subgraph declares for `@requires` only: the gateway
 * fetches them from their owners and never asks this subgraph for them, so they are denied.
 */
const externalOnly = deny;

/** The rules of the eligibility hints' fields, for servicesRules. */
export const eligibilityCitizenRules = {
  birthDate: externalOnly,
  deathDate: externalOnly,
  pension: externalOnly,
  unemployment: externalOnly,
  disability: externalOnly,
  eligibilityHints: readsHints,
};

/** The rules of the types the eligibility hints add or declare. */
export const eligibilityTypeRules = {
  EligibilityHint: readsHints,
  HintFact: readsHints,
  PensionRecord: externalOnly,
  LabourPension: externalOnly,
  SocialAllowance: externalOnly,
  UnemploymentRecord: externalOnly,
  InsuranceBenefit: externalOnly,
  ProgrammeParticipation: externalOnly,
  DisabilityRecord: externalOnly,
};
