/*
 * Partner scopes this registry defines:
 * - `pension:status` — "is this FIN a pensioner, of which type?": Citizen.pension,
 *   PensionRecord.labourPension, LabourPension.type and LabourPension.status.
 * - `pension:amount` — "how much is paid monthly?": Citizen.pension,
 *   PensionRecord.labourPension and LabourPension.amount.
 */
import { fullRead, summaryRead, type RuleTree } from '@dost/subgraph-kit';

/** One-window summary: staff with a purpose (operator, any officer) and the citizen. */
const summary = summaryRead();
const statusRead = summaryRead('pension:status');
const amountRead = summaryRead('pension:amount');
/** The path a partner of either scope walks to reach the labour pension. */
const reachesPension = summaryRead('pension:status', 'pension:amount');
/** Capital, insurance details and histories: pension officers and the citizen. */
const full = fullRead('pension_officer');

/**
 * Who may read what in the pensions registry; anything unnamed is denied. The page wrappers
 * of `changes`, `payments`, `typeChanges` and `SocialAllowance.payments` are the kit's (reached only through `full` fields, their nodes
 * checked again).
 */
export const pensionsRules = {
  Citizen: { fin: reachesPension, pension: reachesPension },
  PensionRecord: { labourPension: reachesPension, allowances: summary },
  LabourPension: {
    id: summary,
    type: statusRead,
    status: statusRead,
    assignedOn: summary,
    terminatedOn: summary,
    office: summary,
    amount: amountRead,
    insuranceMonths: full,
    requiredInsuranceMonths: full,
    capital: full,
    insurancePart: full,
    minimumTopUp: full,
    changes: full,
    payments: full,
    // How the case was opened: dates like assignedOn, read at the window.
    appliedOn: summary,
    decidedOn: summary,
    assignedProactively: summary,
    typeChanges: full,
  },
  PensionChange: full,
  PensionPayment: full,
  PensionTypeChange: full,
  SocialAllowance: {
    '*': summary,
    // A payment history, like a pension's: pension officers and the citizen.
    payments: full,
  },
  AllowancePayment: full,
} satisfies RuleTree;
