/*
 * Partner scopes this registry defines:
 * - `pension:status` — "is this FIN a pensioner, of which type?": Citizen.pension,
 *   PensionRecord.labourPension, LabourPension.type and LabourPension.status.
 * - `pension:amount` — "how much is paid monthly?": Citizen.pension,
 *   PensionRecord.labourPension and LabourPension.amount.
 */
import { allow, type IRules } from 'graphql-shield';
import { createPermissions } from '../kit/shield/createPermissions.ts';
import { fullRead, summaryRead } from '../kit/shield/readRules.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { PensionsLoaders } from './loaders.ts';

/** One-window summary: staff with a purpose (operator, any officer) and the citizen. */
const summary = summaryRead();
const statusRead = summaryRead('pension:status');
const amountRead = summaryRead('pension:amount');
/** The path a partner of either scope walks to reach the labour pension. */
const reachesPension = summaryRead('pension:status', 'pension:amount');
/** Capital, insurance details and histories: pension officers and the citizen. */
const full = fullRead('pension_officer');

/** Who may read what in the pensions registry; anything unnamed is denied. */
export const pensionsRules = {
  Query: {
    // Federation plumbing: the gateway's signature was verified; entity fields carry rules.
    _entities: allow,
    _service: allow,
  },
  _Service: allow,
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
  },
  // Connections are reached only through `full` fields and hold no personal data of their
  // own; their nodes carry `fin` and are checked again.
  PensionChangeConnection: allow,
  PensionChangeEdge: allow,
  PensionPaymentConnection: allow,
  PensionPaymentEdge: allow,
  PensionPageInfo: allow,
  PensionChange: full,
  PensionPayment: full,
  SocialAllowance: summary,
} satisfies IRules;

export const pensionsPermissions =
  createPermissions<SubgraphContext<PensionsLoaders>>(pensionsRules);
