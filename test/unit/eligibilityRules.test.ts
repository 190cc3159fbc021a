import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../subgraphs/services/catalogue/services.ts';
import type { CitizenFacts } from '../../subgraphs/services/eligibility/CitizenFacts.ts';
import { eligibilityHintsOf } from '../../subgraphs/services/eligibility/eligibilityHintsOf.ts';
import { evaluateRules } from '../../subgraphs/services/eligibility/evaluateRules.ts';
import type { Facts } from '../../subgraphs/services/eligibility/Fact.ts';
import {
  daysBetween,
  factsOf,
  yearsBetween,
} from '../../subgraphs/services/eligibility/factsOf.ts';
import { ELIGIBILITY_RULES } from '../../subgraphs/services/eligibility/rules.ts';

/** A working-age citizen no registry but the population one knows: no rule fires. */
const NOBODY: Facts = {
  age: 40,
  labourPension: 'NONE',
  activeAllowances: [],
  unemploymentStatus: 'NONE',
  benefitStatus: 'NONE',
  benefitEndsInDays: null,
  activeProgrammes: [],
  programmesJoined: [],
  disabilityDegree: 'NONE',
  reexaminationInDays: null,
};

const fired = (facts: Partial<Facts>) =>
  evaluateRules({ rules: ELIGIBILITY_RULES, facts: { ...NOBODY, ...facts } }).map((m) => m.rule.id);

/** For each rule: facts on which it fires, and variations that each break one condition. */
const CASES: Record<string, { fires: Partial<Facts>; misses: Partial<Facts>[] }> = {
  OLD_AGE_PENSION_AGE: {
    fires: { age: 65, labourPension: 'TERMINATED' },
    misses: [
      { age: 64, labourPension: 'NONE' },
      { age: 70, labourPension: 'ACTIVE' },
      { age: 70, labourPension: 'SUSPENDED' },
      { age: 70, activeAllowances: ['OLD_AGE'] },
    ],
  },
  DISABILITY_NO_ALLOWANCE: {
    fires: { disabilityDegree: 'III', activeAllowances: ['CHILD_BIRTH'] },
    misses: [
      { disabilityDegree: 'NONE' },
      { disabilityDegree: 'CHILD_LIMITED_HEALTH_CAPACITY', age: 9 },
      { disabilityDegree: 'I', activeAllowances: ['DISABILITY'] },
    ],
  },
  CHILD_LIMITED_HEALTH_NO_ALLOWANCE: {
    fires: { disabilityDegree: 'CHILD_LIMITED_HEALTH_CAPACITY', age: 17 },
    misses: [
      { disabilityDegree: 'II', age: 17 },
      { disabilityDegree: 'CHILD_LIMITED_HEALTH_CAPACITY', age: 18 },
      {
        disabilityDegree: 'CHILD_LIMITED_HEALTH_CAPACITY',
        age: 9,
        activeAllowances: ['CHILD_WITH_DISABILITY'],
      },
    ],
  },
  BENEFIT_ENDING_PUBLIC_WORKS: {
    fires: { benefitStatus: 'PAYING', benefitEndsInDays: 30, activeProgrammes: ['TRAINING'] },
    misses: [
      { benefitStatus: 'SUSPENDED', benefitEndsInDays: 10 },
      { benefitStatus: 'PAYING', benefitEndsInDays: 31 },
      { benefitStatus: 'PAYING', benefitEndsInDays: -1 },
      { benefitStatus: 'PAYING', benefitEndsInDays: 5, activeProgrammes: ['PUBLIC_WORKS'] },
    ],
  },
  UNEMPLOYED_SELF_EMPLOYMENT: {
    fires: { unemploymentStatus: 'UNEMPLOYED', programmesJoined: ['PUBLIC_WORKS'] },
    misses: [
      { unemploymentStatus: 'JOBSEEKER' },
      { unemploymentStatus: 'UNEMPLOYED', programmesJoined: ['SELF_EMPLOYMENT'] },
    ],
  },
  REEXAMINATION_DUE: {
    fires: { disabilityDegree: 'II', reexaminationInDays: -3, activeAllowances: ['DISABILITY'] },
    misses: [
      { disabilityDegree: 'II', reexaminationInDays: 91 },
      { disabilityDegree: 'II', reexaminationInDays: null },
      { disabilityDegree: 'NONE', reexaminationInDays: 10 },
    ],
  },
};

describe('the eligibility rules', () => {
  it('are data: unique ids, services of the catalogue, and a case here for each', () => {
    const ids = ELIGIBILITY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = new Set(SERVICES.map((service) => service.code));
    for (const rule of ELIGIBILITY_RULES) expect(codes.has(rule.service), rule.id).toBe(true);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  it('fire on nobody without a record anywhere', () => {
    expect(fired({})).toEqual([]);
  });

  describe.each(Object.entries(CASES))('%s', (id, { fires, misses }) => {
    it('fires when every condition holds', () => {
      expect(fired(fires)).toContain(id);
    });
    it.each(misses.map((miss) => [JSON.stringify(miss), miss] as const))(
      'does not fire on %s',
      (_, miss) => {
        expect(fired(miss)).not.toContain(id);
      },
    );
  });

  it('name every fact a rule read, once, with its value as a string', () => {
    const [match] = evaluateRules({
      rules: ELIGIBILITY_RULES.filter((rule) => rule.id === 'OLD_AGE_PENSION_AGE'),
      facts: { ...NOBODY, age: 67, activeAllowances: ['CHILD_BIRTH', 'FUNERAL'] },
    });
    expect(match?.facts).toEqual([
      { name: 'age', value: '67' },
      { name: 'labourPension', value: 'NONE' },
      { name: 'activeAllowances', value: 'CHILD_BIRTH,FUNERAL' },
    ]);
  });
});

describe('the facts of a citizen', () => {
  const citizen: CitizenFacts = {
    fin: '5ZK7P2Q',
    birthDate: '1960-12-07',
    deathDate: null,
    pension: {
      labourPension: null,
      allowances: [
        { type: 'OLD_AGE', status: 'ENDED' },
        { type: 'CHILD_BIRTH', status: 'ACTIVE' },
      ],
    },
    unemployment: {
      status: 'UNEMPLOYED',
      benefit: { status: 'PAYING', endsOn: '2026-12-20' },
      programmes: [
        { kind: 'PUBLIC_WORKS', status: 'COMPLETED' },
        { kind: 'TRAINING', status: 'ACTIVE' },
      ],
    },
    disability: null,
  };

  it('are derived from the registries fields on a given day', () => {
    expect(factsOf(citizen, '2026-12-06')).toEqual({
      age: 65,
      labourPension: 'NONE',
      activeAllowances: ['CHILD_BIRTH'],
      unemploymentStatus: 'UNEMPLOYED',
      benefitStatus: 'PAYING',
      benefitEndsInDays: 14,
      activeProgrammes: ['TRAINING'],
      programmesJoined: ['PUBLIC_WORKS', 'TRAINING'],
      disabilityDegree: 'NONE',
      reexaminationInDays: null,
    });
    expect(yearsBetween('1960-12-07', '2026-12-07')).toBe(66);
    expect(daysBetween('2026-12-06', '2026-12-01')).toBe(-5);
  });

  it('give hints naming the rule, the service and the facts', () => {
    const hints = eligibilityHintsOf({ citizen, rules: ELIGIBILITY_RULES, today: '2026-12-06' });
    expect(hints.map((hint) => [hint.rule, hint.serviceCode])).toEqual([
      ['OLD_AGE_PENSION_AGE', 'PEN-01'],
      ['BENEFIT_ENDING_PUBLIC_WORKS', 'EMP-05'],
      ['UNEMPLOYED_SELF_EMPLOYMENT', 'SEM-01'],
    ]);
    expect(hints[1]?.facts).toContainEqual({
      fin: '5ZK7P2Q',
      name: 'benefitEndsInDays',
      value: '14',
    });
  });

  it('give the deceased no hints', () => {
    const deceased = { ...citizen, deathDate: '2026-10-01' };
    expect(
      eligibilityHintsOf({ citizen: deceased, rules: ELIGIBILITY_RULES, today: '2026-12-06' }),
    ).toEqual([]);
  });

  it('never guess a fact the gateway did not hand over', () => {
    const { pension: _, ...withoutPension } = citizen;
    expect(() =>
      eligibilityHintsOf({
        citizen: withoutPension,
        rules: ELIGIBILITY_RULES,
        today: '2026-12-06',
      }),
    ).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'REGISTRY_UNAVAILABLE' }),
      }),
    );
  });
});
