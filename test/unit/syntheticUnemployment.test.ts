import { describe, expect, it } from 'vitest';
import type {
  BenefitProfile,
  CitizenProfile,
  UnemploymentProfile,
} from '../../seed/synthetic/CitizenProfile.ts';
import { generateCitizens } from '../../seed/synthetic/generateCitizens.ts';

const REFERENCE = '2026-11-01';
// Only about 1.5 % of the registered unemployed draw the benefit (issue 15), so it takes a
// large population to see every benefit status; only the registered are kept.
const POPULATION = 100_000;
const registered = [...generateCitizens({ seed: 777, count: POPULATION })].flatMap((batch) =>
  batch.filter(
    (p): p is CitizenProfile & { unemployment: UnemploymentProfile } => p.unemployment !== null,
  ),
);
const benefits = registered.flatMap((p) =>
  p.unemployment.benefit === null ? [] : [{ p, benefit: p.unemployment.benefit }],
);

// Figures restated from DOMAIN.md and the brief.
function minimumWage(date: string): number {
  return date >= '2025-01-01' ? 40_000 : 34_500;
}

// The previous year's average wage: 933.80 AZN (2023) for 2024 decisions, about 1 009 AZN
// (2024, preliminary) from 2025.
function cap(date: string): number {
  return date >= '2025-01-01' ? 100_900 : 93_380;
}

function expectedAmount(b: BenefitProfile): number {
  if (b.insuredMonthsLast24 <= 12) return minimumWage(b.decidedOn);
  const raw = Math.floor((b.averageWage * b.rateBp) / 10_000 + 0.5);
  return Math.min(cap(b.decidedOn), Math.max(minimumWage(b.decidedOn), raw));
}

function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}${date.slice(7)}`;
}

describe('unemployment registry', () => {
  it('has a few per cent registered, in every status, with benefits and programmes', () => {
    expect(registered.length / POPULATION).toBeGreaterThan(0.02);
    expect(registered.length / POPULATION).toBeLessThan(0.15);
    for (const status of ['JOBSEEKER', 'UNEMPLOYED', 'SUSPENDED', 'DEREGISTERED'] as const) {
      expect(
        registered.some((p) => p.unemployment.status === status),
        status,
      ).toBe(true);
    }
    // A SUSPENDED benefit (the registration suspended mid-benefit) is now too rare to be
    // sure of one in 100 000 people (about 1.5 % of the unemployed draw the benefit); the
    // rules below still hold for any that appear.
    for (const status of ['PAYING', 'ENDED'] as const) {
      expect(
        benefits.some(({ benefit }) => benefit.status === status),
        status,
      ).toBe(true);
    }
    expect(benefits.some(({ benefit }) => benefit.insuredMonthsLast24 <= 12)).toBe(true);
    expect(
      registered.some((p) => p.unemployment.programmes.some((x) => x.status === 'ACTIVE')),
    ).toBe(true);
  });

  it('keeps jobseekers and the unemployed alive, of working age and off the old-age pension', () => {
    for (const p of registered) {
      expect(age(p.person.birthDate, p.unemployment.registeredOn), p.fin).toBeGreaterThanOrEqual(
        18,
      );
      if (p.unemployment.status === 'DEREGISTERED') continue;
      expect(p.person.deathDate, p.fin).toBeNull();
      expect(age(p.person.birthDate, REFERENCE)).toBeGreaterThanOrEqual(18);
      expect(age(p.person.birthDate, REFERENCE)).toBeLessThanOrEqual(64);
      expect(p.pension?.type).not.toBe('OLD_AGE');
    }
  });

  it('orders the status history from the e-application, the last entry being the status', () => {
    for (const p of registered) {
      const history = p.unemployment.statusHistory;
      expect(history[0]).toMatchObject({ status: 'JOBSEEKER', from: p.unemployment.registeredOn });
      expect(history.at(-1)?.status).toBe(p.unemployment.status);
      history
        .slice(1)
        .forEach((entry, k) => expect(entry.from > (history[k]?.from ?? ''), p.fin).toBe(true));
      expect((history.at(-1)?.from ?? '') < REFERENCE || p.person.deathDate !== null).toBe(true);
    }
  });

  it('annuls the status after two unjustified refusals, and only explains refusals', () => {
    for (const p of registered) {
      const offers = p.unemployment.offers;
      for (const o of offers) expect(o.refusalJustified === null).toBe(o.response !== 'REFUSED');
      const unjustified = offers.filter((o) => o.refusalJustified === false).length;
      if (p.unemployment.status !== 'DEREGISTERED') expect(unjustified, p.fin).toBeLessThan(2);
    }
  });

  it('deregisters the deceased, with no paying benefit or active programme', () => {
    let deceased = 0;
    for (const p of registered) {
      const death = p.person.deathDate;
      if (death === null) continue;
      deceased++;
      expect(p.unemployment.status).toBe('DEREGISTERED');
      expect(p.unemployment.benefit?.status).not.toBe('PAYING');
      expect(p.unemployment.programmes.every((x) => x.status !== 'ACTIVE')).toBe(true);
      for (const pay of p.unemployment.benefit?.payments ?? []) {
        expect(pay.period <= `${death.slice(0, 7)}-01`, p.fin).toBe(true);
      }
    }
    expect(deceased).toBeGreaterThan(0);
  });

  it('keeps past contracts after 18, in order and without overlaps', () => {
    for (const p of registered) {
      const contracts = p.unemployment.contracts;
      contracts.forEach((c, k) => {
        expect(age(p.person.birthDate, c.startedOn)).toBeGreaterThanOrEqual(18);
        expect(c.employerTin).toMatch(/^\d{10}$/);
        if (c.programmeId !== undefined) {
          // A placement's fixed-term contract has its end from the start; the termination
          // article is written once that day has passed.
          expect(c.endedOn, p.fin).not.toBeNull();
          expect(c.terminationArticle === null, p.fin).toBe((c.endedOn ?? '') >= REFERENCE);
        } else expect(c.endedOn === null).toBe(c.terminationArticle === null);
        if (c.endedOn === null) {
          // Only the job that ended the registration is still running, and only for the living.
          expect(k, p.fin).toBe(contracts.length - 1);
          expect(p.person.deathDate).toBeNull();
          expect(p.unemployment.status).toBe('DEREGISTERED');
        }
        if (c.endedOn !== null) expect(c.endedOn > c.startedOn).toBe(true);
        const next = contracts[k + 1];
        if (next !== undefined) expect((c.endedOn ?? '9999') < next.startedOn, p.fin).toBe(true);
      });
    }
  });
});

describe('unemployment insurance benefit', () => {
  it('pays 50 % + 5 % per child (at most +20 %) of the lost wage, between minimum wage and cap', () => {
    for (const { p, benefit } of benefits) {
      expect(benefit.rateBp).toBe(5_000 + Math.min(2_000, 500 * benefit.dependentChildren));
      expect(benefit.monthlyAmount, p.fin).toBe(expectedAmount(benefit));
      expect(benefit.insuredMonthsLast24).toBeGreaterThanOrEqual(0);
      expect(benefit.insuredMonthsLast24).toBeLessThanOrEqual(24);
    }
    expect(benefits.some(({ benefit }) => benefit.monthlyAmount === cap(benefit.decidedOn))).toBe(
      true,
    );
    expect(benefits.some(({ benefit }) => benefit.dependentChildren > 0)).toBe(true);
  });

  it('runs at most 9 months from the month after the decision, paying the monthly amount', () => {
    for (const { p, benefit } of benefits) {
      expect(benefit.startsOn > benefit.decidedOn).toBe(true);
      expect(benefit.startsOn.slice(8)).toBe('01');
      expect(benefit.endsOn < addMonths(benefit.startsOn, 9), p.fin).toBe(true);
      expect(benefit.endsOn >= benefit.startsOn).toBe(true);
      expect(benefit.payments.length).toBeLessThanOrEqual(9);
      for (const pay of benefit.payments) {
        expect(pay.amount).toBe(benefit.monthlyAmount);
        expect(pay.period >= benefit.startsOn && pay.period <= benefit.endsOn, p.fin).toBe(true);
        expect(pay.paidOn < REFERENCE).toBe(true);
      }
      if (benefit.status === 'PAYING') {
        expect(p.unemployment.status).toBe('UNEMPLOYED');
        expect(benefit.endsOn >= REFERENCE).toBe(true);
      }
    }
  });
});

describe('programmes', () => {
  it('name public works "İşsizin dostu" and keep ACTIVE ones running on the reference date', () => {
    for (const p of registered) {
      for (const x of p.unemployment.programmes) {
        if (x.kind === 'PUBLIC_WORKS') expect(x.name).toBe('İşsizin dostu');
        expect(x.startedOn >= p.unemployment.registeredOn).toBe(true);
        if (x.status === 'ACTIVE') {
          // endsOn is the last day of the participation.
          expect(x.startedOn < REFERENCE && (x.endsOn ?? '9999') >= REFERENCE, p.fin).toBe(true);
          expect(p.unemployment.status).not.toBe('DEREGISTERED');
        }
      }
    }
  });
});

describe('programme records (issue 15)', () => {
  const programmes = registered.flatMap((p) => p.unemployment.programmes.map((x) => ({ p, x })));

  it('suspends a benefit while a placement runs on the reference date, and pays it otherwise', () => {
    let suspended = 0;
    for (const { p, benefit } of benefits) {
      const placement = p.unemployment.contracts.find((c) => c.programmeId !== undefined);
      const placed =
        placement !== undefined &&
        placement.startedOn.slice(0, 7) <= REFERENCE.slice(0, 7) &&
        (placement.endedOn ?? '9999').slice(0, 7) >= REFERENCE.slice(0, 7);
      if (benefit.status === 'PAYING') expect(placed, p.fin).toBe(false);
      if (benefit.status === 'SUSPENDED' && placed) suspended++;
    }
    expect(suspended).toBeGreaterThan(0);
  });

  it('gives no contract to a self-employment or training participation', () => {
    for (const { p, x } of programmes) {
      if (x.kind === 'PUBLIC_WORKS') continue;
      expect(
        p.unemployment.contracts.some((c) => c.programmeId === x.id),
        p.fin,
      ).toBe(false);
    }
  });

  it('visits a self-employment business every six months of its 2-year monitored contract', () => {
    let visited = 0;
    for (const { p, x } of programmes) {
      const visits = x.monitoringVisits ?? [];
      if (x.kind !== 'SELF_EMPLOYMENT') {
        expect(visits, p.fin).toEqual([]);
        continue;
      }
      // Training month, then 24 months under the contract.
      expect(x.endsOn !== null && x.endsOn < addMonths(x.startedOn, 25), p.fin).toBe(true);
      expect(visits.length).toBeLessThanOrEqual(4);
      visits.forEach((v, k) => {
        expect(v.visitedOn > addMonths(x.startedOn, 1), p.fin).toBe(true);
        expect(v.visitedOn <= (x.endsOn ?? '') && v.visitedOn < REFERENCE, p.fin).toBe(true);
        const previous = visits[k - 1];
        if (previous !== undefined) expect(v.visitedOn > previous.visitedOn).toBe(true);
      });
      visited += visits.length;
    }
    expect(visited).toBeGreaterThan(0);
  });

  it('keeps vocational training a small share of programme places (0.7 % in 2021)', () => {
    const training = programmes.filter(({ x }) => x.kind === 'TRAINING').length;
    expect(training / programmes.length).toBeLessThan(0.03);
  });
});
