import { allowanceAmountOn } from './allowanceFigures.ts';
import { allowancePayments } from './allowancePayments.ts';
import { buildDisability } from './buildDisability.ts';
import { buildPension } from './buildPension.ts';
import type { AllowanceProfile, DisabilityProfile, PensionProfile } from './CitizenProfile.ts';
import { DIAGNOSES } from './diagnosisCatalogue.ts';
import { rowId } from './rowId.ts';

const INDEX = 2;
const BIRTH_DATE = '1995-04-11';
const [AMPUTATION, PTSD] = DIAGNOSES.WAR;

/**
 * 7DMV4LA: wounded in the 2020 war; group I in March 2021 (the group system: no percentage),
 * due for re-examination in September 2022, when the percentage system gave degree II (70 %),
 * decided indefinitely. His file shows both systems.
 */
export function demoWarVeteranDisability(): DisabilityProfile {
  const signatories = ['Quliyeva S.', 'Bağırov E.', 'Hüseynova N.'];
  return buildDisability({
    index: INDEX,
    birthDate: BIRTH_DATE,
    cause: 'WAR_RELATED',
    commission: 'Tibbi-Sosial Ekspert Komissiyası №2 (Gəncə-Daşkəsən)',
    decisions: [
      {
        decidedOn: '2021-03-10',
        // Severity behind group I; the 2021 decision records the group only.
        percent: 85,
        reexaminationOn: '2022-09-10',
        indefinite: false,
        signatories,
        referredOn: '2021-02-15',
        clinic: 'Gəncə şəhər Mərkəzi Xəstəxanası',
        diagnoses: [AMPUTATION, PTSD],
      },
      {
        decidedOn: '2022-09-12',
        percent: 70,
        reexaminationOn: null,
        indefinite: true,
        signatories,
        referredOn: '2022-08-18',
        clinic: 'Gəncə şəhər Mərkəzi Xəstəxanası',
        diagnoses: [AMPUTATION],
      },
    ],
  });
}

/** His disability labour pension since March 2021 (aged 25: K = 36 / 200). */
export function demoWarVeteranPension(referenceDate: string): PensionProfile {
  return buildPension({
    index: INDEX,
    type: 'DISABILITY',
    assignedOn: '2021-03-15',
    initialCapital: 700_000,
    insuranceMonths: 54,
    requiredInsuranceMonths: 36,
    terminatedOn: null,
    suspendedFrom: null,
    payDay: 8,
    referenceDate,
    // He applied the day the pension runs from; decided within the 10 days.
    decision: { appliedOn: '2021-03-15', decidedOn: '2021-03-22', proactive: false },
  });
}

/** War-related disability also carries the disability allowance, by the current degree. */
export function demoWarVeteranAllowances(referenceDate: string): AllowanceProfile[] {
  const id = rowId(INDEX, 0);
  const amountOn = (date: string): number => allowanceAmountOn('DISABILITY_II', date);
  const grantedOn = '2021-03-10';
  return [
    {
      id,
      type: 'DISABILITY',
      periodicity: 'MONTHLY',
      status: 'ACTIVE',
      grantedOn,
      endsOn: null,
      amount: amountOn(referenceDate),
      payments: allowancePayments({
        allowanceId: id,
        periodicity: 'MONTHLY',
        grantedOn,
        endsOn: null,
        payDay: 8,
        referenceDate,
        amountOn,
      }),
    },
  ];
}
