import { describe, expect, it } from 'vitest';
import type { CitizenProfile, PensionProfile } from '../../seed/synthetic/CitizenProfile.ts';
import { generateCitizens } from '../../seed/synthetic/generateCitizens.ts';

const REFERENCE = '2026-11-01';
const people = [...generateCitizens({ seed: 2026, count: 6_000 })].flat();
const pensioners = people.filter(
  (p): p is CitizenProfile & { pension: PensionProfile } => p.pension !== null,
);

// Figures restated from DOMAIN.md and the brief, independently of the generator's tables.
function minimumPension(date: string): number {
  if (date >= '2026-01-01') return 34_976;
  if (date >= '2025-02-01') return 32_000;
  if (date >= '2023-01-01') return 28_000;
  if (date >= '2022-01-01') return 24_000;
  if (date >= '2019-10-01') return 20_000;
  if (date >= '2019-03-01') return 16_000;
  return 11_600;
}

function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor(numerator / denominator + 0.5);
}

function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

function forEachPension(check: (p: CitizenProfile, pension: PensionProfile) => void): void {
  for (const p of pensioners) check(p, p.pension);
}

describe('pension population', () => {
  it('makes 11–17 % of living adults pensioners, with every pension type present', () => {
    const adults = people.filter(
      (p) => p.person.deathDate === null && age(p.person.birthDate, REFERENCE) >= 18,
    );
    const paid = adults.filter((p) => p.pension !== null && p.pension.status !== 'TERMINATED');
    expect(paid.length / adults.length).toBeGreaterThanOrEqual(0.11);
    expect(paid.length / adults.length).toBeLessThanOrEqual(0.17);
    for (const type of ['OLD_AGE', 'DISABILITY', 'SURVIVOR'] as const) {
      expect(
        pensioners.some((p) => p.pension.type === type),
        type,
      ).toBe(true);
    }
    for (const status of ['ACTIVE', 'SUSPENDED', 'TERMINATED'] as const) {
      expect(
        pensioners.some((p) => p.pension.status === status),
        status,
      ).toBe(true);
    }
  });
});

describe('pension amounts', () => {
  it('amount = insurance part + top-up, the top-up filling up to the minimum in force', () => {
    forEachPension((p, pension) => {
      const lastChange = pension.changes.at(-1);
      expect(pension.amount).toBe(pension.insurancePart + pension.minimumTopUp);
      expect(pension.minimumTopUp).toBe(
        Math.max(0, minimumPension(lastChange?.effectiveOn ?? '') - pension.insurancePart),
      );
      expect(pension.amount, p.fin).toBe(lastChange?.amountAfter);
    });
  });

  it('insurance part at assignment = capital / 144 (old-age) or capital / (144 × required/200), half up', () => {
    forEachPension((p, pension) => {
      const assignment = pension.changes[0];
      let part: number;
      if (pension.type === 'OLD_AGE') {
        expect(pension.requiredInsuranceMonths).toBeNull();
        part = roundHalfUp(pension.capitalAtAssignment, 144);
      } else {
        const required = pension.requiredInsuranceMonths ?? 0;
        expect(required).toBeGreaterThanOrEqual(12);
        expect(required).toBeLessThanOrEqual(200);
        part = roundHalfUp(pension.capitalAtAssignment * 200, 144 * required);
      }
      expect(assignment?.amountAfter, p.fin).toBe(
        Math.max(part, minimumPension(pension.assignedOn)),
      );
      // Indexation never lowers either the capital or the insurance part.
      expect(pension.capital).toBeGreaterThanOrEqual(pension.capitalAtAssignment);
      expect(pension.insurancePart).toBeGreaterThanOrEqual(part);
    });
  });

  it('disability pensions use K from the age at assignment (12 months per 2 years past 18)', () => {
    forEachPension((p, pension) => {
      if (pension.type !== 'DISABILITY' || p.index < 8) return;
      const years = age(p.person.birthDate, pension.assignedOn);
      const expected = Math.min(200, Math.max(12, 12 * Math.floor((years - 18) / 2)));
      expect(pension.requiredInsuranceMonths, p.fin).toBe(expected);
    });
  });
});

describe('pension history', () => {
  it('starts with the assignment and chains every change onto the previous amount', () => {
    forEachPension((p, pension) => {
      const [first, ...rest] = pension.changes;
      expect(first).toMatchObject({
        kind: 'ASSIGNMENT',
        effectiveOn: pension.assignedOn,
        amountBefore: 0,
        rateBp: null,
      });
      let previous = first;
      for (const change of rest) {
        expect(change.effectiveOn > (previous?.effectiveOn ?? ''), p.fin).toBe(true);
        expect(change.amountBefore).toBe(previous?.amountAfter);
        expect(change.amountAfter).toBeGreaterThanOrEqual(minimumPension(change.effectiveOn));
        previous = change;
      }
    });
  });

  it('indexes every January, raising (never lowering) the amount; 9.3 % in 2026', () => {
    let indexations = 0;
    forEachPension((p, pension) => {
      for (const change of pension.changes.filter((c) => c.kind === 'INDEXATION')) {
        indexations++;
        expect(change.effectiveOn.slice(5)).toBe('01-01');
        expect(change.rateBp).toBeGreaterThan(0);
        expect(change.amountAfter).toBeGreaterThanOrEqual(change.amountBefore);
        if (change.effectiveOn === '2026-01-01') expect(change.rateBp).toBe(930);
      }
      const running = pension.terminatedOn === null ? REFERENCE : pension.terminatedOn;
      const januaries = Number(running.slice(0, 4)) - Number(pension.assignedOn.slice(0, 4));
      const indexed = pension.changes.filter((c) => c.kind === 'INDEXATION').length;
      expect(indexed, p.fin).toBeGreaterThanOrEqual(januaries - 1);
    });
    expect(indexations).toBeGreaterThan(1_000);
  });

  it('pays monthly in the last 24 months, each payment the amount in force, never below the minimum', () => {
    forEachPension((p, pension) => {
      expect(pension.payments.length).toBeLessThanOrEqual(24);
      pension.payments.forEach((payment, k) => {
        expect(payment.period).toMatch(/^\d{4}-\d{2}-01$/);
        // Paid in its month, unless that pay day was not after the decision: then as arrears,
        // all on the first pay day after it.
        expect(payment.paidOn > pension.decidedOn, p.fin).toBe(true);
        if (payment.paidOn.slice(0, 7) !== payment.period.slice(0, 7)) {
          expect(payment.paidOn.slice(8)).toBe(pension.payments.at(-1)?.paidOn.slice(8));
          expect(monthsBetween(pension.decidedOn, payment.paidOn)).toBeLessThanOrEqual(1);
        }
        expect(payment.paidOn < REFERENCE).toBe(true);
        expect(payment.period >= '2024-11-01').toBe(true);
        expect(payment.period > pension.assignedOn.slice(0, 7)).toBe(true);
        const inForce = pension.changes.filter((c) => c.effectiveOn <= payment.period).at(-1);
        expect(payment.amount, `${p.fin} ${payment.period}`).toBe(inForce?.amountAfter);
        expect(payment.amount).toBeGreaterThanOrEqual(minimumPension(payment.period));
        const before = pension.payments[k - 1];
        if (before !== undefined) expect(monthsBetween(before.period, payment.period)).toBe(1);
      });
      if (pension.status === 'ACTIVE' && pension.decidedOn < '2026-09-01') {
        expect(pension.payments.at(-1)?.period, p.fin).toBe('2026-10-01');
      }
    });
  });
});

function monthsBetween(a: string, b: string): number {
  return (
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 +
    Number(b.slice(5, 7)) -
    Number(a.slice(5, 7))
  );
}

describe('pension eligibility', () => {
  it('grants old-age pensions at 65 with 25 insurance years or capital for the minimum', () => {
    forEachPension((p, pension) => {
      if (pension.type !== 'OLD_AGE') return;
      expect(age(p.person.birthDate, pension.assignedOn), p.fin).toBeGreaterThanOrEqual(65);
      const enoughCapital = pension.capitalAtAssignment >= 144 * minimumPension(pension.assignedOn);
      expect(pension.insuranceMonths >= 300 || enoughCapital, p.fin).toBe(true);
    });
  });

  it('gives a disability pension only with a current decision of degree I, II or III', () => {
    forEachPension((p, pension) => {
      if (pension.type !== 'DISABILITY') return;
      const current = p.disability?.decisions.filter((d) => d.status === 'CURRENT') ?? [];
      expect(current).toHaveLength(1);
      expect(['I', 'II', 'III'], p.fin).toContain(current[0]?.degree);
    });
  });

  it('gives the old-age allowance only to people of 65 without a labour pension', () => {
    let holders = 0;
    for (const p of people) {
      for (const a of p.allowances.filter((x) => x.type === 'OLD_AGE')) {
        holders++;
        expect(p.pension, p.fin).toBeNull();
        expect(age(p.person.birthDate, a.grantedOn)).toBeGreaterThanOrEqual(65);
      }
    }
    expect(holders).toBeGreaterThan(0);
  });

  it('terminates the pension of a deceased person, with no payment after death', () => {
    let deceased = 0;
    forEachPension((p, pension) => {
      const death = p.person.deathDate;
      if (death === null) {
        expect(pension.terminatedOn === null || pension.type === 'SURVIVOR', p.fin).toBe(true);
        return;
      }
      deceased++;
      expect(pension.status).toBe('TERMINATED');
      expect((pension.terminatedOn ?? '') >= death, p.fin).toBe(true);
      for (const payment of pension.payments) {
        expect(payment.period <= `${death.slice(0, 7)}-01`).toBe(true);
        expect(payment.paidOn < death).toBe(true);
      }
    });
    expect(deceased).toBeGreaterThan(10);
  });
});
