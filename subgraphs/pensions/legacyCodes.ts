import type {
  AllowancePeriodicity,
  AllowanceStatus,
  LabourPensionStatus,
  LabourPensionType,
  PensionChangeKind,
  SocialAllowanceType,
} from './registry.ts';

/*
 * The legacy registry's short codes for each enum of the graph. Written once here, read by
 * the registry (code → value) and the seeder (value → code), so the two cannot disagree.
 */

/** pensiya_ish.nov: yaş, əlillik, ailə başçısını itirmə. */
export const PENSION_TYPE_CODE: Record<LabourPensionType, string> = {
  OLD_AGE: 'Y',
  DISABILITY: 'E',
  SURVIVOR: 'A',
};

/** pensiya_ish.status: aktiv, dayandırılıb, xitam. */
export const PENSION_STATUS_CODE: Record<LabourPensionStatus, string> = {
  ACTIVE: 'A',
  SUSPENDED: 'D',
  TERMINATED: 'X',
};

/** pensiya_deyisiklik.nov: təyinat, indeksasiya, yenidən hesablama. */
export const CHANGE_KIND_CODE: Record<PensionChangeKind, string> = {
  ASSIGNMENT: 'T',
  INDEXATION: 'I',
  RECALCULATION: 'Y',
};

/** sosial_muavinet.nov. */
export const ALLOWANCE_TYPE_CODE: Record<SocialAllowanceType, string> = {
  OLD_AGE: 'YAS',
  DISABILITY: 'ELL',
  CHILD_WITH_DISABILITY: 'UEL',
  LOSS_OF_BREADWINNER: 'ABI',
  CHILD_BIRTH: 'DOG',
  FUNERAL: 'DFN',
};

/** sosial_muavinet.dovriyye: aylıq, birdəfəlik. */
export const PERIODICITY_CODE: Record<AllowancePeriodicity, string> = {
  MONTHLY: 'A',
  ONE_TIME: 'B',
};

/** sosial_muavinet.status: aktiv, bitib. */
export const ALLOWANCE_STATUS_CODE: Record<AllowanceStatus, string> = {
  ACTIVE: 'A',
  ENDED: 'B',
};

/** Inverts a code table once, for reading rows. */
export function decoder<V extends string>(codes: Record<V, string>): ReadonlyMap<string, V> {
  return new Map(Object.entries<string>(codes).map(([value, code]) => [code, value as V]));
}
