import { allowanceAmountOn } from './allowanceFigures.ts';
import { allowancePayments } from './allowancePayments.ts';
import { buildDisability } from './buildDisability.ts';
import { yearOf } from './calendar.ts';
import type { AllowanceProfile, DisabilityProfile } from './CitizenProfile.ts';
import { DIAGNOSES } from './diagnosisCatalogue.ts';
import { rowId } from './rowId.ts';

const INDEX = 3;
const [CEREBRAL_PALSY] = DIAGNOSES.CHILD;

/**
 * 2NXC8FE: cerebral palsy; "limited health capacity" (degree CHILD) decided at three
 * (50 %), re-examined at five (60 %) until a re-examination next year. With the default
 * reference date the first decision (2021) predates July 2022, so it records no percentage.
 */
export function demoChildDisability(referenceDate: string): DisabilityProfile {
  const y = yearOf(referenceDate);
  const signatories = ['Rzayeva G.', 'Məmmədov T.', 'Kərimova A.'];
  const clinic = '7 saylı uşaq poliklinikası';
  return buildDisability({
    index: INDEX,
    birthDate: `${y - 9}-06-18`,
    cause: 'SINCE_CHILDHOOD',
    commission: 'Tibbi-Sosial Ekspert Komissiyası №5 (Bakı)',
    decisions: [
      {
        decidedOn: `${y - 5}-02-10`,
        percent: 50,
        reexaminationOn: `${y - 3}-02-10`,
        indefinite: false,
        signatories,
        referredOn: `${y - 5}-01-20`,
        clinic,
        diagnoses: [CEREBRAL_PALSY],
      },
      {
        decidedOn: `${y - 3}-02-10`,
        percent: 60,
        reexaminationOn: `${y + 1}-02-10`,
        indefinite: false,
        signatories,
        referredOn: `${y - 3}-01-18`,
        clinic,
        diagnoses: [CEREBRAL_PALSY],
      },
    ],
  });
}

/** The child-with-disability allowance since the first decision, until the re-examination. */
export function demoChildAllowances(referenceDate: string): AllowanceProfile[] {
  const y = yearOf(referenceDate);
  const id = rowId(INDEX, 0);
  const amountOn = (date: string): number => allowanceAmountOn('CHILD_WITH_DISABILITY', date);
  const grantedOn = `${y - 5}-02-10`;
  const endsOn = `${y + 1}-02-10`;
  return [
    {
      id,
      type: 'CHILD_WITH_DISABILITY',
      periodicity: 'MONTHLY',
      status: 'ACTIVE',
      grantedOn,
      endsOn,
      amount: amountOn(referenceDate),
      payments: allowancePayments({
        allowanceId: id,
        periodicity: 'MONTHLY',
        grantedOn,
        endsOn,
        payDay: 20,
        referenceDate,
        amountOn,
      }),
    },
  ];
}
