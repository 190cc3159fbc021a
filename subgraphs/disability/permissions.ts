/**
 * Who may read what in the medical-social expertise registry; anything unnamed is denied.
 *
 * Partner scopes this registry defines:
 * - `disability:degree`: "is this FIN disabled, and to which degree?" — `Citizen.disability`
 *   and `DisabilityRecord.degree`, nothing else.
 *
 * Reading levels:
 * - summary (any staff with a purpose, the citizen): degree, percent, assessmentSystem,
 *   lossPercent, group, validFrom, reexaminationOn, indefinite.
 * - cause: agency officers with a purpose and the citizen, NOT operators or partners. A cause
 *   such as occupational disease or war-related says something about the person's health and
 *   history that a front office does not need to serve a window request.
 * - full file (disability_officer with a purpose, the citizen): decisions with commission and
 *   signatories, referrals.
 * - diagnoses: HEALTH DATA, a special category. Only the disability_officer with a purpose and
 *   the citizen themself; never operators, other officers or partners.
 */
import {
  anyOf,
  defineCheck,
  fullRead,
  officerWithPurpose,
  ownRecord,
  ruleOf,
  summaryRead,
  type RuleTree,
} from '@dost/subgraph-kit';

/** Partner scope: whether a FIN is disabled and to which degree. */
export const DEGREE_SCOPE = 'disability:degree';

const readsDegree = summaryRead(DEGREE_SCOPE);
const readsSummary = summaryRead();
const readsFile = fullRead('disability_officer');
// The file's readers plus the other agencies' officers; operators and partners stay out.
const readsCause = ruleOf(
  anyOf(
    ownRecord,
    officerWithPurpose('disability_officer'),
    officerWithPurpose('pension_officer'),
    officerWithPurpose('employment_officer'),
  ),
);

/**
 * A check of its own rather than the file's, so that widening the file (say, to another
 * officer) can never widen access to health data by accident.
 */
const disabilityOfficerForHealthData = defineCheck(
  'isDisabilityOfficerForHealthData',
  (identity) => identity.role === 'disability_officer' && identity.purpose !== null,
);
const readsHealthData = ruleOf(anyOf(ownRecord, disabilityOfficerForHealthData));

/**
 * The rule tree, exported so a test can check that every type of the schema is named. The page
 * wrappers of `decisions` and `referrals` are the kit's: no personal data and no `fin`,
 * reachable only through those guarded fields, their nodes under their own rules.
 */
export const disabilityRules = {
  Citizen: {
    fin: readsDegree,
    disability: readsDegree,
  },
  DisabilityRecord: {
    degree: readsDegree,
    percent: readsSummary,
    assessmentSystem: readsSummary,
    lossPercent: readsSummary,
    group: readsSummary,
    validFrom: readsSummary,
    reexaminationOn: readsSummary,
    indefinite: readsSummary,
    cause: readsCause,
    decisions: readsFile,
    referrals: readsFile,
    diagnoses: readsHealthData,
  },
  DisabilityDecision: readsFile,
  DisabilityReferral: readsFile,
  Diagnosis: readsHealthData,
} satisfies RuleTree;
