import { createCodeBook } from '@dost/subgraph-kit';
import type {
  AllowancePeriodicity,
  AllowanceStatus,
  LabourPensionStatus,
  LabourPensionType,
  PensionChangeKind,
  SocialAllowanceType,
} from './registry.ts';

// The legacy registry's short codes for each enum of the graph, read by the registry and
// written by the seeder.

/** pensiya_ish.nov: yaş, əlillik, ailə başçısını itirmə. */
export const PENSION_TYPE = createCodeBook<LabourPensionType>('pensiya_ish.nov', {
  OLD_AGE: 'Y',
  DISABILITY: 'E',
  SURVIVOR: 'A',
});

/** pensiya_ish.status: aktiv, dayandırılıb, xitam. */
export const PENSION_STATUS = createCodeBook<LabourPensionStatus>('pensiya_ish.status', {
  ACTIVE: 'A',
  SUSPENDED: 'D',
  TERMINATED: 'X',
});

/** pensiya_deyisiklik.nov: təyinat, indeksasiya, yenidən hesablama. */
export const CHANGE_KIND = createCodeBook<PensionChangeKind>('pensiya_deyisiklik.nov', {
  ASSIGNMENT: 'T',
  INDEXATION: 'I',
  RECALCULATION: 'Y',
});

/** sosial_muavinet.nov. */
export const ALLOWANCE_TYPE = createCodeBook<SocialAllowanceType>('sosial_muavinet.nov', {
  OLD_AGE: 'YAS',
  DISABILITY: 'ELL',
  CHILD_WITH_DISABILITY: 'UEL',
  LOSS_OF_BREADWINNER: 'ABI',
  CHILD_BIRTH: 'DOG',
  FUNERAL: 'DFN',
});

/** sosial_muavinet.dovriyye: aylıq, birdəfəlik. */
export const PERIODICITY = createCodeBook<AllowancePeriodicity>('sosial_muavinet.dovriyye', {
  MONTHLY: 'A',
  ONE_TIME: 'B',
});

/** sosial_muavinet.status: aktiv, bitib. */
export const ALLOWANCE_STATUS = createCodeBook<AllowanceStatus>('sosial_muavinet.status', {
  ACTIVE: 'A',
  ENDED: 'B',
});
