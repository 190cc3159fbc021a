import {
  allow,
  anyOf,
  defineCheck,
  roleIs,
  ruleOf,
  staffWithPurpose,
  summaryRead,
  type RuleTree,
} from '@dost/subgraph-kit';
import { eligibilityCitizenRules, eligibilityTypeRules } from './eligibility/eligibilityRules.ts';
import { consentRules } from './consent/consentRules.ts';

/**
 * An operator at the centre the object belongs to (a visit's `centre`). Visits are the
 * centre's own queue: no other centre's staff need them.
 */
const operatorOfItsCentre = defineCheck(
  'isOperatorOfItsCentre',
  (identity, parent) =>
    identity.role === 'operator' &&
    identity.centre !== null &&
    identity.purpose !== null &&
    (parent as { centre?: unknown } | null | undefined)?.centre === identity.centre,
);

/** An operator with a centre and a purpose: who may write at a window. */
const windowOperator = defineCheck(
  'isWindowOperator',
  (identity) =>
    identity.role === 'operator' && identity.centre !== null && identity.purpose !== null,
);

/**
 * Who may try a case write; the resolver then checks the case itself (its centre, its
 * citizen, its channel), which no rule can see before it is read.
 */
const caseWriter = anyOf(windowOperator, roleIs('citizen'));

/**
 * A centre manager asking for their own centre's KPIs (the `centre` argument), or an
 * auditor for any centre: aggregates hold no personal data, so no purpose is asked.
 */
const statsOfOwnCentre = anyOf(
  roleIs('auditor'),
  defineCheck(
    'isManagerOfCentreArgument',
    (identity, _, args) =>
      identity.role === 'centre_manager' &&
      identity.centre !== null &&
      (args as { centre?: unknown } | null | undefined)?.centre === identity.centre,
  ),
);

/** The KPIs' fields, checked again on the figures themselves (their `centre`). */
const statsOfItsCentre = anyOf(
  roleIs('auditor'),
  defineCheck(
    'isManagerOfItsCentre',
    (identity, parent) =>
      identity.role === 'centre_manager' &&
      identity.centre !== null &&
      (parent as { centre?: unknown } | null | undefined)?.centre === identity.centre,
  ),
);

/** The counts inside the figures: only those who may read the figures reach them. */
const statsReader = roleIs('auditor', 'centre_manager');

/** A case's fields: the citizen it is about, and staff with a purpose. */
const caseRead = summaryRead();
/** The catalogue and the centres are public: every caller the gateway authenticated. */
const catalogue = allow;

/**
 * Who may read and write what in the service desk registry; anything unnamed is denied.
 * docs/access-matrix.md lists the same, role by role.
 */
export const servicesRules = {
  Query: {
    serviceDirections: catalogue,
    services: catalogue,
    service: catalogue,
    centres: catalogue,
    // Finding a case by its reference: its fields are then checked on the case itself.
    case: ruleOf(anyOf(roleIs('citizen'), staffWithPurpose)),
    visit: ruleOf(windowOperator),
    ...consentRules.Query,
    centreStats: ruleOf(statsOfOwnCentre),
  },
  Mutation: {
    issueTicket: ruleOf(windowOperator),
    advanceVisit: ruleOf(windowOperator),
    openCase: ruleOf(caseWriter),
    advanceCase: ruleOf(caseWriter),
    ...consentRules.Mutation,
  },
  ServiceDirection: catalogue,
  Service: catalogue,
  Centre: catalogue,
  Visit: ruleOf(operatorOfItsCentre),
  CentreStats: ruleOf(statsOfItsCentre),
  CaseStatusCount: ruleOf(statsReader),
  DirectionCount: ruleOf(statsReader),
  Citizen: { fin: caseRead, cases: caseRead, ...eligibilityCitizenRules, ...consentRules.Citizen },
  Consent: consentRules.Consent,
  Case: caseRead,
  CaseStatusChange: caseRead,
  ...eligibilityTypeRules,
} satisfies RuleTree;
