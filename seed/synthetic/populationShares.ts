import { ageOn, isoDateInMonth, monthIndexOf } from './calendar.ts';
import type { ShareKey } from './calibration.ts';
import type { CitizenProfile } from './CitizenProfile.ts';

/**
 * The shares `TARGET_SHARES` (calibration.ts) are stated for, measured over a population on
 * `referenceDate`. Denominators are those of the public figures: the living population; the
 * running (ACTIVE or SUSPENDED) labour pensions; for the benefit, the person-months in the
 * unemployed status over the 24 months before the reference month (an average over time, as
 * the published figure is, and far less noisy than one day's head count); the living with a
 * current disability status (degree I–III or a child's).
 */
export type PopulationShares = Readonly<Record<ShareKey, number>>;

/** Counts streamed in one pass, so a million profiles need not be held at once. */
export interface ShareCounter {
  add(profile: CitizenProfile): void;
  shares(): PopulationShares;
  /** People paid the benefit in the averaging window: the sample behind that share. */
  benefitRecipients(): number;
}

export function createShareCounter(referenceDate: string): ShareCounter {
  let living = 0;
  let aged65Plus = 0;
  let under15 = 0;
  let pensioners = 0;
  let oldAge = 0;
  let disability = 0;
  let survivor = 0;
  let women = 0;
  let unemployedMonths = 0;
  let benefitMonths = 0;
  let recipients = 0;
  const window = averagingWindow(referenceDate);
  let disabled = 0;
  let disabledChildren = 0;
  const programmes = { all: 0, publicWorks: 0, selfEmployment: 0 };
  return {
    add(p) {
      // Programme entries are counted as the agency reports them: every participation,
      // whatever became of the participant since.
      for (const x of p.unemployment?.programmes ?? []) {
        programmes.all++;
        if (x.kind === 'PUBLIC_WORKS') programmes.publicWorks++;
        if (x.kind === 'SELF_EMPLOYMENT') programmes.selfEmployment++;
      }
      if (p.person.deathDate !== null) return;
      living++;
      const age = ageOn(p.person.birthDate, referenceDate);
      if (age >= 65) aged65Plus++;
      if (age < 15) under15++;
      const pension = p.pension;
      if (pension !== null && pension.status !== 'TERMINATED') {
        pensioners++;
        if (pension.type === 'OLD_AGE') oldAge++;
        else if (pension.type === 'DISABILITY') disability++;
        else survivor++;
        if (p.person.sex === 'F') women++;
      }
      const u = p.unemployment;
      if (u !== null) {
        const paid = new Set(u.benefit?.payments.map((payment) => payment.period));
        let months = 0;
        for (const month of window) {
          if (statusOn(u.statusHistory, month) !== 'UNEMPLOYED') continue;
          unemployedMonths++;
          if (paid.has(month)) months++;
        }
        benefitMonths += months;
        if (months > 0) recipients++;
      }
      const degree = p.disability?.decisions.at(-1)?.degree;
      if (degree !== undefined && degree !== 'NONE') {
        disabled++;
        if (degree === 'CHILD') disabledChildren++;
      }
    },
    benefitRecipients: () => recipients,
    shares() {
      return {
        aged65Plus: ratio(aged65Plus, living),
        under15: ratio(under15, living),
        labourPensioners: ratio(pensioners, living),
        oldAgeOfPensions: ratio(oldAge, pensioners),
        disabilityOfPensions: ratio(disability, pensioners),
        survivorOfPensions: ratio(survivor, pensioners),
        womenOfPensioners: ratio(women, pensioners),
        benefitOfUnemployed: ratio(benefitMonths, unemployedMonths),
        childrenOfDisabled: ratio(disabledChildren, disabled),
        publicWorksOfProgrammes: ratio(programmes.publicWorks, programmes.all),
        selfEmploymentOfProgrammes: ratio(programmes.selfEmployment, programmes.all),
        disabledOfLiving: ratio(disabled, living),
      };
    },
  };
}

/** Months the benefit share is averaged over: the registry holds registrations from 2024. */
const AVERAGING_MONTHS = 24;

/** First days of the months of the averaging window, before the reference month. */
function averagingWindow(referenceDate: string): string[] {
  const current = monthIndexOf(referenceDate);
  return Array.from({ length: AVERAGING_MONTHS }, (_, k) =>
    isoDateInMonth(current - AVERAGING_MONTHS + k, 1),
  );
}

/** The registration status in force on `date`, or null before the registration. */
function statusOn(
  history: readonly { readonly status: string; readonly from: string }[],
  date: string,
): string | null {
  let status: string | null = null;
  for (const entry of history) {
    if (entry.from > date) break;
    status = entry.status;
  }
  return status;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The shares of `profiles` on `referenceDate`. */
export function populationShares(
  profiles: Iterable<CitizenProfile>,
  referenceDate: string,
): PopulationShares {
  const counter = createShareCounter(referenceDate);
  for (const p of profiles) counter.add(p);
  return counter.shares();
}
