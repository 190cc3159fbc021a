// Partner scopes this registry defines:
//   unemployment:status — "is this FIN registered with the employment service, and in which
//   status?": Citizen.unemployment and UnemploymentRecord.status, nothing else.
import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { createPermissions } from '../kit/shield/createPermissions.ts';
import { fullRead, summaryRead } from '../kit/shield/readRules.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { UnemploymentLoaders } from './loaders.ts';

/** Registration status: the one thing a partner with `unemployment:status` may read. */
const statusRead = summaryRead('unemployment:status');
/** One-window summary: staff with a purpose (operators, other officers) and the citizen. */
const summary = summaryRead();
/** Everything else: employment officers with a purpose and the citizen. */
const full = fullRead('employment_officer');

/**
 * Who may read what in the unemployment registry; anything unnamed is denied. Connection and
 * edge wrappers are allowed because the only way to them is a guarded field, and their nodes
 * carry rules of their own.
 */
export const unemploymentRules = {
  Query: {
    // Federation plumbing: the gateway's signature was verified; entity fields carry rules.
    _entities: allow,
    _service: allow,
  },
  _Service: allow,
  Citizen: { fin: statusRead, unemployment: statusRead },
  UnemploymentRecord: {
    registrationId: full,
    status: statusRead,
    registeredOn: summary,
    statusHistory: full,
    contracts: full,
    offers: full,
    refusedOffers: summary,
    benefit: summary,
    programmes: summary,
  },
  InsuranceBenefit: {
    decisionId: full,
    decidedOn: full,
    averageWage: full,
    insuredMonthsLast24: full,
    dependentChildren: full,
    rate: full,
    monthlyAmount: summary,
    startsOn: summary,
    endsOn: summary,
    status: summary,
    payments: full,
  },
  ProgrammeParticipation: {
    kind: summary,
    name: summary,
    status: summary,
    startedOn: full,
    endsOn: full,
    detail: full,
  },
  UnemploymentStatusChange: full,
  LabourContract: full,
  JobOffer: full,
  BenefitPayment: full,
  UnemploymentStatusChangeConnection: allow,
  UnemploymentStatusChangeEdge: allow,
  LabourContractConnection: allow,
  LabourContractEdge: allow,
  JobOfferConnection: allow,
  JobOfferEdge: allow,
  BenefitPaymentConnection: allow,
  BenefitPaymentEdge: allow,
  UnemploymentPageInfo: allow,
} satisfies IRules;

export const unemploymentPermissions =
  createPermissions<SubgraphContext<UnemploymentLoaders>>(unemploymentRules);
