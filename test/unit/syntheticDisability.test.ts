import { describe, expect, it } from 'vitest';
import type {
  CitizenProfile,
  DisabilityDegree,
  DisabilityProfile,
} from '../../seed/synthetic/CitizenProfile.ts';
import { generateCitizens } from '../../seed/synthetic/generateCitizens.ts';

const REFERENCE = '2026-11-01';
const people = [...generateCitizens({ seed: 4242, count: 8_000 })].flat();
const records = people.filter(
  (p): p is CitizenProfile & { disability: DisabilityProfile } => p.disability !== null,
);

function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** The July 2022 bands, restated from DOMAIN.md. */
function expectedDegree(percent: number, ageAtDecision: number): DisabilityDegree {
  if (ageAtDecision < 18) return 'CHILD';
  if (percent > 80) return 'I';
  if (percent > 60) return 'II';
  if (percent > 30) return 'III';
  return 'NONE';
}

function current(p: CitizenProfile & { disability: DisabilityProfile }) {
  return p.disability.decisions.filter((d) => d.status === 'CURRENT');
}

describe('disability decisions', () => {
  it('cover every degree, with earlier decisions superseded', () => {
    const degrees = new Set(records.flatMap((p) => p.disability.decisions.map((d) => d.degree)));
    expect([...degrees].sort()).toEqual(['CHILD', 'I', 'II', 'III', 'NONE']);
    expect(records.some((p) => p.disability.decisions.length > 1)).toBe(true);
    expect(records.some((p) => p.disability.decisions.some((d) => d.indefinite))).toBe(true);
  });

  it('state the percentage in 5 % steps and derive the degree from it and the age', () => {
    let checked = 0;
    for (const p of records) {
      for (const d of p.disability.decisions) {
        if (d.percent === null) continue;
        checked++;
        expect(d.percent % 5).toBe(0);
        expect(d.percent).toBeGreaterThanOrEqual(5);
        expect(d.percent).toBeLessThanOrEqual(100);
        expect(d.degree, `${p.fin} ${d.decidedOn}`).toBe(
          expectedDegree(d.percent, age(p.person.birthDate, d.decidedOn)),
        );
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('set groups without a percentage before July 2022, and percentages since', () => {
    for (const p of records) {
      for (const d of p.disability.decisions) {
        const before = d.decidedOn < '2022-07-01';
        expect(d.system, `${p.fin} ${d.decidedOn}`).toBe(before ? 'GROUP' : 'PERCENTAGE');
        expect(d.percent === null, `${p.fin} ${d.decidedOn}`).toBe(before);
        // A group for adults, "limited health capacity" for children, under either system.
        if (age(p.person.birthDate, d.decidedOn) < 18) expect(d.degree).toBe('CHILD');
        else expect(d.degree).not.toBe('CHILD');
      }
    }
    const systems = (p: (typeof records)[number]) =>
      new Set(p.disability.decisions.map((d) => d.system));
    // Re-examined since July 2022 after a group decision: one history holds both systems.
    expect(records.filter((p) => systems(p).size === 2).length).toBeGreaterThan(20);
    // Long-standing group decisions are still in force for some.
    const groupNow = records.filter((p) => p.disability.decisions.at(-1)?.system === 'GROUP');
    expect(groupNow.length).toBeGreaterThan(20);
  });

  it('mark indefinite decisions explicitly, apart from missing dates', () => {
    let indefinite = 0;
    let noneDue = 0;
    for (const p of records) {
      for (const d of p.disability.decisions) {
        if (d.indefinite) {
          indefinite++;
          expect(d.reexaminationOn, p.fin).toBeNull();
          expect(['I', 'II', 'III'], p.fin).toContain(d.degree);
        } else if (d.reexaminationOn === null) {
          // No date and not indefinite: only a "no disability" decision, which is not re-examined.
          noneDue++;
          expect(d.degree, p.fin).toBe('NONE');
        }
      }
    }
    expect(indefinite).toBeGreaterThan(50);
    expect(noneDue).toBeGreaterThan(5);
  });

  it('have exactly one CURRENT decision, the latest, and decisions in date order', () => {
    for (const p of records) {
      const decisions = p.disability.decisions;
      expect(current(p)).toHaveLength(1);
      expect(decisions.at(-1)?.status).toBe('CURRENT');
      decisions
        .slice(1)
        .forEach((d, k) => expect(d.decidedOn > (decisions[k]?.decidedOn ?? ''), p.fin).toBe(true));
      for (const d of decisions) {
        expect(d.decidedOn > p.person.birthDate).toBe(true);
        expect(d.decidedOn < (p.person.deathDate ?? REFERENCE)).toBe(true);
        expect(d.validFrom >= d.decidedOn).toBe(true);
        if (d.reexaminationOn !== null) expect(d.reexaminationOn > d.decidedOn).toBe(true);
        expect(d.signatories.length).toBeGreaterThan(0);
      }
    }
  });

  it('re-examine children by their 18th birthday (never indefinitely)', () => {
    for (const p of records) {
      for (const d of p.disability.decisions.filter((x) => x.degree === 'CHILD')) {
        expect(d.reexaminationOn, p.fin).not.toBeNull();
        expect(d.indefinite, p.fin).toBe(false);
        expect((d.reexaminationOn ?? '') <= addYears(p.person.birthDate, 18), p.fin).toBe(true);
      }
      const now = current(p)[0];
      if (p.person.deathDate === null && age(p.person.birthDate, REFERENCE) >= 18) {
        expect(now?.degree, p.fin).not.toBe('CHILD');
      }
    }
  });

  it('tie every diagnosis and referral to the citizen’s own decisions', () => {
    for (const p of records) {
      const ids = new Set(p.disability.decisions.map((d) => d.id));
      expect(p.disability.diagnoses.length).toBeGreaterThan(0);
      for (const dx of p.disability.diagnoses) {
        expect(ids.has(dx.decisionId), p.fin).toBe(true);
        expect(dx.icd10).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
      }
      expect(p.disability.referrals).toHaveLength(p.disability.decisions.length);
      p.disability.referrals.forEach((r, k) => {
        expect(r.referredOn < (p.disability.decisions[k]?.decidedOn ?? '')).toBe(true);
      });
    }
  });
});

describe('disability benefits', () => {
  it('grant the disability allowance by the current degree, at the figure of its last day', () => {
    // 150/130/110 AZN (2019 decree), 220/180/120 from 2022, 300/250/180 from July 2025.
    const byDegree = (day: string): Partial<Record<DisabilityDegree, number>> => {
      if (day >= '2025-07-01') return { I: 30_000, II: 25_000, III: 18_000 };
      if (day >= '2022-01-01') return { I: 22_000, II: 18_000, III: 12_000 };
      return { I: 15_000, II: 13_000, III: 11_000 };
    };
    for (const p of people) {
      for (const a of p.allowances.filter((x) => x.type === 'DISABILITY')) {
        const degree = p.disability?.decisions.at(-1)?.degree;
        expect(['I', 'II', 'III'], p.fin).toContain(degree);
        const lastDay = a.endsOn !== null && a.endsOn <= REFERENCE ? a.endsOn : REFERENCE;
        expect(a.amount).toBe(byDegree(lastDay)[degree ?? 'NONE']);
      }
    }
  });

  it('keep the child-with-disability allowance active only for a current CHILD degree', () => {
    let active = 0;
    for (const p of people) {
      for (const a of p.allowances.filter((x) => x.type === 'CHILD_WITH_DISABILITY')) {
        expect(
          p.disability?.decisions.some((d) => d.degree === 'CHILD'),
          p.fin,
        ).toBe(true);
        if (a.status !== 'ACTIVE') continue;
        active++;
        expect(p.disability?.decisions.at(-1)?.degree, p.fin).toBe('CHILD');
        expect(age(p.person.birthDate, REFERENCE)).toBeLessThan(18);
      }
    }
    expect(active).toBeGreaterThan(0);
  });
});
