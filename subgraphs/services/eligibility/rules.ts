import type { EligibilityRule } from './EligibilityRule.ts';

/** Statuses of a labour pension that is still the citizen's (paid, or paused). */
const PENSION_HELD = ['ACTIVE', 'SUSPENDED'];
/** Degrees of an adult's disability (61–100 %, …, 31–60 %). */
const ADULT_DEGREES = ['I', 'II', 'III'];

/**
 * DOST's proactive eligibility rules, as data: each suggests one service of the catalogue
 * to a citizen whose facts meet all of its conditions. docs/eligibility-hints.md explains
 * each, the facts (Fact.ts) and what the rules cannot see.
 */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    id: 'OLD_AGE_PENSION_AGE',
    service: 'PEN-01',
    description:
      'Reached the pension age (65) and receives neither a labour pension nor the old-age allowance.',
    conditions: [
      { fact: 'age', op: 'atLeast', value: 65 },
      { fact: 'labourPension', op: 'notIn', value: PENSION_HELD },
      { fact: 'activeAllowances', op: 'excludes', value: 'OLD_AGE' },
    ],
  },
  {
    id: 'DISABILITY_NO_ALLOWANCE',
    service: 'DIS-02',
    description: 'Has a disability degree (I, II or III) and no disability allowance is paid.',
    conditions: [
      { fact: 'disabilityDegree', op: 'in', value: ADULT_DEGREES },
      { fact: 'activeAllowances', op: 'excludes', value: 'DISABILITY' },
    ],
  },
  {
    id: 'CHILD_LIMITED_HEALTH_NO_ALLOWANCE',
    service: 'DIS-03',
    description:
      'A child under 18 with limited health capacity for whom no child-with-disability allowance is paid.',
    conditions: [
      { fact: 'disabilityDegree', op: 'in', value: ['CHILD_LIMITED_HEALTH_CAPACITY'] },
      { fact: 'age', op: 'below', value: 18 },
      { fact: 'activeAllowances', op: 'excludes', value: 'CHILD_WITH_DISABILITY' },
    ],
  },
  {
    id: 'BENEFIT_ENDING_PUBLIC_WORKS',
    service: 'EMP-05',
    description:
      'The unemployment insurance benefit ends within 30 days and the citizen is not in paid public works ("İşsizin dostu").',
    conditions: [
      { fact: 'benefitStatus', op: 'in', value: ['PAYING'] },
      { fact: 'benefitEndsInDays', op: 'between', value: [0, 30] },
      { fact: 'activeProgrammes', op: 'excludes', value: 'PUBLIC_WORKS' },
    ],
  },
  {
    id: 'UNEMPLOYED_SELF_EMPLOYMENT',
    service: 'SEM-01',
    description: 'Recognised unemployed and has never joined the self-employment programme.',
    conditions: [
      { fact: 'unemploymentStatus', op: 'in', value: ['UNEMPLOYED'] },
      { fact: 'programmesJoined', op: 'excludes', value: 'SELF_EMPLOYMENT' },
    ],
  },
  {
    id: 'REEXAMINATION_DUE',
    service: 'MSE-03',
    description:
      'The disability decision in force is due for re-examination within 90 days (or is overdue).',
    conditions: [
      {
        fact: 'disabilityDegree',
        op: 'in',
        value: [...ADULT_DEGREES, 'CHILD_LIMITED_HEALTH_CAPACITY'],
      },
      { fact: 'reexaminationInDays', op: 'atMost', value: 90 },
    ],
  },
];
