import type { CitizenFacts } from './CitizenFacts.ts';
import type { Facts } from './Fact.ts';

const DAY_MS = 86_400_000;

/**
 * The named facts of one citizen on `today` (YYYY-MM-DD), from the registries' fields the
 * gateway handed over. Null when a fact's field is missing from the reference: the gateway
 * then did not get it (a registry that did not answer), and no hint may be computed from a
 * guess such as "no pension".
 */
export function factsOf(citizen: CitizenFacts, today: string): Facts | null {
  const { birthDate, pension, unemployment, disability } = citizen;
  if (
    birthDate === undefined ||
    pension === undefined ||
    unemployment === undefined ||
    disability === undefined
  ) {
    return null;
  }
  const benefit = unemployment?.benefit ?? null;
  const programmes = unemployment?.programmes ?? [];
  return {
    age: yearsBetween(birthDate, today),
    labourPension: pension?.labourPension?.status ?? 'NONE',
    activeAllowances: (pension?.allowances ?? [])
      .filter((allowance) => allowance.status === 'ACTIVE')
      .map((allowance) => allowance.type),
    unemploymentStatus: unemployment?.status ?? 'NONE',
    benefitStatus: benefit?.status ?? 'NONE',
    benefitEndsInDays: benefit === null ? null : daysBetween(today, benefit.endsOn),
    activeProgrammes: programmes.filter((p) => p.status === 'ACTIVE').map((p) => p.kind),
    programmesJoined: programmes.map((p) => p.kind),
    disabilityDegree: disability?.degree ?? 'NONE',
    reexaminationInDays:
      disability?.reexaminationOn == null ? null : daysBetween(today, disability.reexaminationOn),
  };
}

/** Whole years from `from` to `to` (ISO days): an age. */
export function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/** Days from `from` to `to` (ISO days), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
