import type { CitizenProfile, DisabilityDegree } from '../../seed/synthetic/CitizenProfile.ts';

// Public figures and the seed's documented assumptions, restated independently of the
// generator's tables (allowanceFigures.ts, pensionFigures.ts, docs/synthetic-population.md).
const ALLOWANCES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  OLD_AGE: [
    ['1900-01-01', 13_000],
    ['2022-01-01', 18_000],
  ],
  DISABILITY_I: [
    ['1900-01-01', 15_000],
    ['2022-01-01', 22_000],
    ['2025-07-01', 30_000],
  ],
  DISABILITY_II: [
    ['1900-01-01', 13_000],
    ['2022-01-01', 18_000],
    ['2025-07-01', 25_000],
  ],
  DISABILITY_III: [
    ['1900-01-01', 11_000],
    ['2022-01-01', 12_000],
    ['2025-07-01', 18_000],
  ],
  CHILD_WITH_DISABILITY: [
    ['1900-01-01', 15_000],
    ['2022-01-01', 20_000],
  ],
  LOSS_OF_BREADWINNER: [
    ['1900-01-01', 8_000],
    ['2022-01-01', 10_000],
  ],
  CHILD_BIRTH: [
    ['1900-01-01', 20_000],
    ['2025-07-01', 60_000],
  ],
  FUNERAL: [
    ['1900-01-01', 30_000],
    ['2025-07-01', 60_000],
  ],
};

/** The law's deadline for a decision, in days from the application. */
export const DECISION_DEADLINE_DAYS = 10;

/** What a population's pension records add up to, for the calibration test. */
export interface PensionRecordCounts {
  /** Pensions assigned on an application, and those decided after the deadline. */
  applications: number;
  decidedLate: number;
  /** Old-age pensions assigned since 2019, and those assigned proactively. */
  oldAgeSince2019: number;
  proactive: number;
  /** Applications filed after the pension's first day (so paid arrears), and the longest gap. */
  lateApplications: number;
  longestArrearsDays: number;
  typeChanges: number;
  allowancePayments: number;
  /** Allowances paid both before and after the July 2025 rise, at different amounts. */
  paidAcrossJuly2025: number;
  /** Broken rules, described; the test expects none. */
  violations: string[];
}

/** Streams profiles into the counts; keeps only the first few violations. */
export function createPensionRecordCounter(): {
  add(p: CitizenProfile): void;
  readonly counts: PensionRecordCounts;
} {
  const counts: PensionRecordCounts = {
    applications: 0,
    decidedLate: 0,
    oldAgeSince2019: 0,
    proactive: 0,
    lateApplications: 0,
    longestArrearsDays: 0,
    typeChanges: 0,
    allowancePayments: 0,
    paidAcrossJuly2025: 0,
    violations: [],
  };
  const fail = (p: CitizenProfile, what: string): void => {
    if (counts.violations.length < 20) counts.violations.push(`${p.fin}: ${what}`);
  };
  return {
    counts,
    add(p) {
      countPension(p, counts, fail);
      countAllowances(p, counts, fail);
    },
  };
}

type Fail = (p: CitizenProfile, what: string) => void;

function countPension(p: CitizenProfile, counts: PensionRecordCounts, fail: Fail): void {
  const pension = p.pension;
  if (pension === null) return;
  if (pension.type === 'OLD_AGE' && pension.assignedOn >= '2019-01-01') counts.oldAgeSince2019++;
  if (pension.proactive) {
    counts.proactive++;
    if (pension.appliedOn !== null) fail(p, 'a proactive pension has an application');
    if (pension.type !== 'OLD_AGE' || pension.assignedOn < '2019-01-01')
      fail(p, `proactive ${pension.type} pension assigned ${pension.assignedOn}`);
    if (pension.decidedOn > pension.assignedOn) fail(p, 'proactive decision after the first day');
  } else if (pension.appliedOn === null) {
    fail(p, 'neither an application nor proactive');
  } else {
    counts.applications++;
    const lag = days(pension.appliedOn, pension.decidedOn);
    if (lag < 0) fail(p, 'decided before the application');
    if (lag > DECISION_DEADLINE_DAYS) counts.decidedLate++;
    const arrears = days(pension.assignedOn, pension.appliedOn);
    if (arrears < 0) fail(p, 'applied before the day the pension runs from');
    if (arrears > 0) counts.lateApplications++;
    counts.longestArrearsDays = Math.max(counts.longestArrearsDays, arrears);
    // Arrears reach back at most 3 years before the application.
    if (shiftYears(pension.appliedOn, -3) > pension.assignedOn) fail(p, 'arrears beyond 3 years');
  }
  for (const payment of pension.payments) {
    if (payment.paidOn <= pension.decidedOn) fail(p, `paid ${payment.paidOn} before the decision`);
  }
  for (const change of pension.typeChanges) {
    counts.typeChanges++;
    if (change.toType !== pension.type || change.fromType === change.toType)
      fail(p, `type change ${change.fromType} → ${change.toType} on a ${pension.type} pension`);
    if (change.fromType === 'OLD_AGE' && change.toType === 'DISABILITY')
      fail(p, 'old-age became disability');
    if (change.changedOn !== pension.assignedOn) fail(p, 'type change off the assignment day');
  }
}

function countAllowances(p: CitizenProfile, counts: PensionRecordCounts, fail: Fail): void {
  for (const allowance of p.allowances) {
    const amounts = new Map<boolean, number>();
    for (const payment of allowance.payments) {
      counts.allowancePayments++;
      const rate =
        allowance.type === 'DISABILITY'
          ? `DISABILITY_${degreeOn(p, payment.period)}`
          : allowance.type;
      const due = figureOn(ALLOWANCES[rate] ?? [], payment.period);
      if (payment.amount !== due)
        fail(p, `${rate} ${payment.period} paid ${payment.amount}, due ${due}`);
      if (allowance.periodicity === 'MONTHLY')
        amounts.set(payment.period >= '2025-07-01', payment.amount);
    }
    const before = amounts.get(false);
    const after = amounts.get(true);
    if (before !== undefined && after !== undefined && before !== after)
      counts.paidAcrossJuly2025++;
    if (allowance.payments.length > 24) fail(p, 'more than 24 allowance payments');
  }
}

/** Degree of the latest disability decision valid on `date`. */
function degreeOn(p: CitizenProfile, date: string): DisabilityDegree | 'NONE' {
  let degree: DisabilityDegree | 'NONE' = 'NONE';
  for (const d of p.disability?.decisions ?? []) if (d.validFrom <= date) degree = d.degree;
  return degree;
}

function figureOn(table: readonly (readonly [string, number])[], date: string): number {
  return table.filter(([from]) => from <= date).at(-1)?.[1] ?? Number.NaN;
}

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function shiftYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}
