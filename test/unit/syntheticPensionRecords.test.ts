import { describe, expect, it } from 'vitest';
import { allowanceAmountOn } from '../../seed/synthetic/allowanceFigures.ts';
import { allowancePaymentId, allowancePayments } from '../../seed/synthetic/allowancePayments.ts';
import { buildPension, type BuildPensionArgs } from '../../seed/synthetic/buildPension.ts';
import { demoCitizens } from '../../seed/synthetic/demoCitizens.ts';
import { withTypeChange } from '../../seed/synthetic/pensionTypeChange.ts';

const REFERENCE = '2026-11-01';
const disabilityII = (date: string): number => allowanceAmountOn('DISABILITY_II', date);

describe('allowance payments', () => {
  it('numbers payments within their allowance, 24 slots each, never shared', () => {
    expect(allowancePaymentId(1, 0)).toBe(1);
    expect(allowancePaymentId(1, 23)).toBe(24);
    expect(allowancePaymentId(2, 0)).toBe(25);
    expect(() => allowancePaymentId(1, 24)).toThrow(RangeError);
    // The last citizen of a million: its ids stay below 2^31.
    expect(allowancePaymentId(1_000_000 * 64, 23)).toBeLessThan(2 ** 31);
  });

  it('pays the 24 months before the reference month, each at the figure of its period', () => {
    const payments = allowancePayments({
      allowanceId: 7,
      periodicity: 'MONTHLY',
      grantedOn: '2020-05-12',
      endsOn: null,
      payDay: 9,
      referenceDate: REFERENCE,
      amountOn: disabilityII,
    });
    expect(payments).toHaveLength(24);
    expect(payments[0]).toEqual({
      id: 145,
      period: '2024-11-01',
      paidOn: '2024-11-09',
      amount: 18_000,
    });
    expect(payments.at(-1)).toEqual({
      id: 168,
      period: '2026-10-01',
      paidOn: '2026-10-09',
      amount: 25_000,
    });
    const july = payments.find((p) => p.period === '2025-07-01');
    const june = payments.find((p) => p.period === '2025-06-01');
    expect([june?.amount, july?.amount]).toEqual([18_000, 25_000]);
  });

  it('starts the month after a mid-month grant and pays nothing on or after the end', () => {
    const payments = allowancePayments({
      allowanceId: 1,
      periodicity: 'MONTHLY',
      grantedOn: '2026-03-15',
      endsOn: '2026-07-09',
      payDay: 9,
      referenceDate: REFERENCE,
      amountOn: disabilityII,
    });
    expect(payments.map((p) => p.period)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01']);
  });

  it('pays a one-time allowance once, when granted in the window, else not at all', () => {
    const oneTime = (grantedOn: string) =>
      allowancePayments({
        allowanceId: 3,
        periodicity: 'ONE_TIME',
        grantedOn,
        endsOn: grantedOn,
        payDay: 9,
        referenceDate: REFERENCE,
        amountOn: (date) => allowanceAmountOn('CHILD_BIRTH', date),
      });
    expect(oneTime('2025-08-17')).toEqual([
      { id: 49, period: '2025-08-01', paidOn: '2025-08-17', amount: 60_000 },
    ]);
    expect(oneTime('2025-03-17')[0]?.amount).toBe(20_000);
    expect(oneTime('2024-10-31')).toEqual([]);
  });
});

describe('pension arrears and type changes', () => {
  const args: BuildPensionArgs = {
    index: 40,
    type: 'OLD_AGE',
    assignedOn: '2025-06-01',
    initialCapital: 6_000_000,
    insuranceMonths: 320,
    requiredInsuranceMonths: null,
    terminatedOn: null,
    suspendedFrom: null,
    payDay: 14,
    referenceDate: REFERENCE,
    decision: { appliedOn: '2026-01-20', decidedOn: '2026-01-27', proactive: false },
  };

  it('pays the months due before a late decision as arrears, on the first pay day after it', () => {
    const pension = buildPension(args);
    expect(pension.appliedOn).toBe('2026-01-20');
    expect(pension.decidedOn).toBe('2026-01-27');
    const arrears = pension.payments.filter((p) => p.period <= '2026-01-01');
    expect(arrears.map((p) => p.period)).toEqual([
      '2025-06-01',
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ]);
    expect(new Set(arrears.map((p) => p.paidOn))).toEqual(new Set(['2026-02-14']));
    expect(pension.payments.find((p) => p.period === '2026-02-01')?.paidOn).toBe('2026-02-14');
    expect(pension.payments.find((p) => p.period === '2026-03-01')?.paidOn).toBe('2026-03-14');
  });

  it('pays in the month itself when decided before the first pay day', () => {
    const pension = buildPension({
      ...args,
      decision: { appliedOn: '2025-06-01', decidedOn: '2025-06-05', proactive: false },
    });
    for (const p of pension.payments) expect(p.paidOn.slice(0, 7)).toBe(p.period.slice(0, 7));
  });

  it('records a type change onto the current type, on its assignment day', () => {
    const pension = buildPension(args);
    const changed = withTypeChange({
      pension,
      index: 40,
      fromType: 'DISABILITY',
      reason: 'PENSION_AGE',
    });
    expect(changed.typeChanges).toEqual([
      {
        id: 40 * 64 + 1,
        fromType: 'DISABILITY',
        toType: 'OLD_AGE',
        changedOn: '2025-06-01',
        reason: 'PENSION_AGE',
      },
    ]);
    expect(() =>
      withTypeChange({ pension, index: 40, fromType: 'OLD_AGE', reason: 'PENSION_AGE' }),
    ).toThrow(RangeError);
  });
});

describe('demo citizens keep documented pension records', () => {
  const demo = demoCitizens({ seed: 1, referenceDate: REFERENCE });

  it('5ZK7P2Q was assigned proactively; 7DMV4LA applied and was decided within 10 days', () => {
    expect(demo[0]?.pension).toMatchObject({ appliedOn: null, proactive: true });
    expect(demo[2]?.pension).toMatchObject({
      appliedOn: '2021-03-15',
      decidedOn: '2021-03-22',
      proactive: false,
    });
  });

  it("7DMV4LA's disability allowance is paid 180 AZN, then 250 AZN from July 2025", () => {
    const payments = demo[2]?.allowances[0]?.payments ?? [];
    expect(payments).toHaveLength(24);
    for (const p of payments) expect(p.amount).toBe(p.period < '2025-07-01' ? 18_000 : 25_000);
    expect(demo[2]?.allowances[0]?.amount).toBe(25_000);
  });
});
