// Partner scopes this registry defines:
//   unemployment:status — "is this FIN registered with the employment service, and in which
//   status?": Citizen.unemployment and UnemploymentRecord.status, nothing else.
import { fullRead, summaryRead, type RuleTree } from '@dost/subgraph-kit';

/** Registration status: the one thing a partner with `unemployment:status` may read. */
const statusRead = summaryRead('unemployment:status');
/** One-window summary: staff with a purpose (operators, other officers) and the citizen. */
const summary = summaryRead();
/** Everything else: employment officers with a purpose and the citizen. */
const full = fullRead('employment_officer');

/**
 * Who may read what in the unemployment registry; anything unnamed is denied. The connection
 * and edge wrappers are the kit's: the only way to them is a guarded field, and their nodes
 * carry rules of their own.
 */
export const unemploymentRules = {
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
    contract: full,
    monitoringVisits: full,
  },
  UnemploymentStatusChange: full,
  LabourContract: full,
  JobOffer: full,
  BenefitPayment: full,
  MonitoringVisit: full,
} satisfies RuleTree;
