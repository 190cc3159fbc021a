import {
  allOf,
  allow,
  anyOf,
  defineCheck,
  ownFinArgument,
  ownRecord,
  partnerScope,
  roleIs,
  ruleOf,
  staffWithPurpose,
  statedPurpose,
  type RuleTree,
} from '@dost/subgraph-kit';

/**
 * Partners reach other registries' fields through `citizen(fin:)`; of the person they see
 * only the FIN they asked about, and whether the person is alive with `population:alive`.
 * A partner whose agreement names no field at all has nothing to look up, and may not probe
 * who exists (see resolvers.ts for how the others are kept from learning it).
 */
const partnerWithPurpose = allOf(roleIs('partner'), statedPurpose);
const partnerWithAgreement = defineCheck(
  'isPartnerWithAgreement',
  (identity) =>
    identity.role === 'partner' && identity.purpose !== null && identity.scopes.length > 0,
);

const findsPeople = ruleOf(anyOf(staffWithPurpose, ownFinArgument, partnerWithAgreement));
const readsPerson = ruleOf(anyOf(staffWithPurpose, ownRecord));

/** Who may read what in the population registry; anything unnamed is denied. */
export const peopleRules = {
  Query: {
    citizen: findsPeople,
    citizens: findsPeople,
    me: ruleOf(roleIs('citizen')),
  },
  Citizen: {
    '*': readsPerson,
    fin: ruleOf(anyOf(staffWithPurpose, ownRecord, partnerWithPurpose)),
    deathDate: ruleOf(anyOf(staffWithPurpose, ownRecord, partnerScope('population:alive'))),
  },
  Address: allow,
  FamilyLink: allow,
} satisfies RuleTree;
