import type { Address } from './azAddresses.ts';
import type { Sex } from './CitizenProfile.ts';

/**
 * A household block before the registries are drawn: who lives there, how they are related
 * and where they are registered. Slots are positions in `members` (index - first index).
 */
export interface HouseholdPlan {
  readonly members: readonly PlannedMember[];
  /** Married couples, as slot pairs. */
  readonly spouses: readonly (readonly [number, number])[];
  readonly parentChild: readonly { readonly parent: number; readonly child: number }[];
}

export interface PlannedMember {
  readonly index: number;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly deathDate: string | null;
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic: string;
  readonly citizenship: string;
  readonly address: Address;
}

/** Slots of `slot`'s children in the household. */
export function childrenOf(plan: HouseholdPlan, slot: number): number[] {
  return plan.parentChild.filter((link) => link.parent === slot).map((link) => link.child);
}

/** Slots of `slot`'s parents in the household. */
export function parentsOf(plan: HouseholdPlan, slot: number): number[] {
  return plan.parentChild.filter((link) => link.child === slot).map((link) => link.parent);
}

/** Slot of `slot`'s spouse, if any. */
export function spouseOf(plan: HouseholdPlan, slot: number): number | undefined {
  for (const [a, b] of plan.spouses) {
    if (a === slot) return b;
    if (b === slot) return a;
  }
  return undefined;
}

/** The member at `slot`; a missing slot is a programming error. */
export function memberAt(plan: HouseholdPlan, slot: number): PlannedMember {
  const member = plan.members[slot];
  if (member === undefined) throw new RangeError(`No household member in slot ${slot}`);
  return member;
}
