import { createCodeBook } from '@dost/subgraph-kit';
import type {
  AllowancePeriodicity,
  AllowanceStatus,
  LabourPensionStatus,
  LabourPensionType,
  PensionChangeKind,
  PensionTypeChangeReason,
  PensionAssignmentMethod,
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

/** pensiya_ish.teyinat_usulu: müraciət əsasında, proaktiv. */
export const ASSIGNMENT_METHOD = createCodeBook<PensionAssignmentMethod>(
  'pensiya_ish.teyinat_usulu',
  { ON_APPLICATION: 'M', PROACTIVE: 'P' },
);

/** pensiya_nov_deyisme.sebeb: yaş həddi, sərfəli növün seçilməsi. */
export const TYPE_CHANGE_REASON = createCodeBook<PensionTypeChangeReason>(
  'pensiya_nov_deyisme.sebeb',
  { PENSION_AGE: 'Y', MORE_FAVOURABLE: 'S' },
);
