import { createPageReader, selectCompiled, type Knex, type PageArgs } from '@dost/subgraph-kit';
import {
  ALLOWANCE_STATUS,
  ALLOWANCE_TYPE,
  ASSIGNMENT_METHOD,
  CHANGE_KIND,
  PENSION_STATUS,
  PENSION_TYPE,
  PERIODICITY,
  TYPE_CHANGE_REASON,
} from './legacyCodes.ts';

export type LabourPensionType = 'OLD_AGE' | 'DISABILITY' | 'SURVIVOR';
export type LabourPensionStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
export type PensionChangeKind = 'ASSIGNMENT' | 'INDEXATION' | 'RECALCULATION';
export type SocialAllowanceType =
  | 'OLD_AGE'
  | 'DISABILITY'
  | 'CHILD_WITH_DISABILITY'
  | 'LOSS_OF_BREADWINNER'
  | 'CHILD_BIRTH'
  | 'FUNERAL';
export type AllowancePeriodicity = 'MONTHLY' | 'ONE_TIME';
export type AllowanceStatus = 'ACTIVE' | 'ENDED';
export type PensionAssignmentMethod = 'ON_APPLICATION' | 'PROACTIVE';
export type PensionTypeChangeReason = 'PENSION_AGE' | 'MORE_FAVOURABLE';

/** A labour pension as the graph sees it; money in qəpik. The legacy row never leaves this file. */
export interface LabourPension {
  readonly id: number;
  readonly fin: string;
  readonly type: LabourPensionType;
  readonly status: LabourPensionStatus;
  readonly assignedOn: string;
  readonly terminatedOn: string | null;
  /** DOST office keeping the case (UTF-8 Azerbaijani text). */
  readonly office: string;
  readonly insuranceMonths: number;
  /** Months the coefficient K = required / 200 refers to; null for OLD_AGE. */
  readonly requiredInsuranceMonths: number | null;
  readonly capital: number;
  readonly insurancePart: number;
  readonly minimumTopUp: number;
  readonly amount: number;
  /** Null when assigned proactively, or on a case kept before applications were recorded. */
  readonly appliedOn: string | null;
  /** Null on a case kept before decisions were recorded. */
  readonly decidedOn: string | null;
  /** Null on a case kept before the method was recorded. */
  readonly assignmentMethod: PensionAssignmentMethod | null;
}

/** The case changed from one labour pension type to another. */
export interface PensionTypeChange {
  readonly id: number;
  readonly fin: string;
  readonly pensionId: number;
  readonly fromType: LabourPensionType;
  readonly toType: LabourPensionType;
  readonly changedOn: string;
  readonly reason: PensionTypeChangeReason;
}

/** One payment of a social allowance; money in qəpik. */
export interface AllowancePayment {
  readonly id: number;
  readonly fin: string;
  readonly allowanceId: number;
  readonly period: string;
  readonly paidOn: string;
  readonly amount: number;
}

export interface PensionChange {
  readonly id: number;
  readonly fin: string;
  readonly pensionId: number;
  readonly kind: PensionChangeKind;
  readonly effectiveOn: string;
  /** Basis points: 930 = 9.3 %. */
  readonly rateBasisPoints: number | null;
  readonly amountBefore: number;
  readonly amountAfter: number;
}

export interface PensionPayment {
  readonly id: number;
  readonly fin: string;
  readonly pensionId: number;
  readonly period: string;
  readonly paidOn: string;
  readonly amount: number;
}

export interface SocialAllowance {
  readonly id: number;
  readonly fin: string;
  readonly type: SocialAllowanceType;
  readonly periodicity: AllowancePeriodicity;
  readonly status: AllowanceStatus;
  readonly grantedOn: string;
  readonly endsOn: string | null;
  readonly amount: number;
}

interface PensionRow {
  id: number;
  fin: string;
  nov: string;
  status: string;
  teyin_tarixi: string;
  xitam_tarixi: string | null;
  idare: string;
  kapital_qpk: number;
  sigorta_ay: number;
  teleb_sigorta_ay: number | null;
  sigorta_hisse_qpk: number;
  min_elave_qpk: number;
  mebleg_qpk: number;
  muraciet_tarixi: string | null;
  qerar_tarixi: string | null;
  teyinat_usulu: string | null;
}

interface TypeChangeRow {
  id: number;
  pensiya_id: number;
  fin: string;
  evvelki_nov: string;
  yeni_nov: string;
  deyisme_tarixi: string;
  sebeb: string;
}

interface AllowancePaymentRow {
  id: number;
  muavinet_id: number;
  fin: string;
  dovr: string;
  odenis_tarixi: string;
  mebleg_qpk: number;
}

interface ChangeRow {
  id: number;
  pensiya_id: number;
  fin: string;
  nov: string;
  quvve_tarixi: string;
  indeks_bp: number | null;
  evvelki_qpk: number;
  yeni_qpk: number;
}

interface PaymentRow {
  id: number;
  pensiya_id: number;
  fin: string;
  dovr: string;
  odenis_tarixi: string;
  mebleg_qpk: number;
}

interface AllowanceRow {
  id: number;
  fin: string;
  nov: string;
  dovriyye: string;
  status: string;
  teyin_tarixi: string;
  bitme_tarixi: string | null;
  mebleg_qpk: number;
}

/** Read access to the pensions registry; the only module here that speaks SQL. */
export interface PensionsRegistry {
  /** Labour pensions of these citizens; a legacy duplicate case yields the newest (highest id) last. */
  labourPensionsByFin(fins: readonly string[]): Promise<LabourPension[]>;
  /** Allowances of these citizens, newest first. */
  allowancesByFin(fins: readonly string[]): Promise<SocialAllowance[]>;
  /** Up to `first + 1` changes per pension, newest first, in one statement. */
  changePages(pensionIds: readonly number[], page: PageArgs): Promise<PensionChange[]>;
  /** Up to `first + 1` payments per pension, newest first, in one statement. */
  paymentPages(pensionIds: readonly number[], page: PageArgs): Promise<PensionPayment[]>;
  /** Up to `first + 1` type changes per pension, newest first, in one statement. */
  typeChangePages(pensionIds: readonly number[], page: PageArgs): Promise<PensionTypeChange[]>;
  /** Up to `first + 1` payments per allowance, newest first, in one statement. */
  allowancePaymentPages(
    allowanceIds: readonly number[],
    page: PageArgs,
  ): Promise<AllowancePayment[]>;
}

export function createPensionsRegistry(db: Knex): PensionsRegistry {
  return {
    async labourPensionsByFin(fins) {
      const rows = await selectCompiled<PensionRow>(db, 'pensions.byFin', fins, () =>
        db('pensiya_ish').select('*').whereIn('fin', fins).orderBy('id'),
      );
      return rows.map(toLabourPension);
    },
    async allowancesByFin(fins) {
      const rows = await selectCompiled<AllowanceRow>(db, 'allowances.byFin', fins, () =>
        db('sosial_muavinet').select('*').whereIn('fin', fins).orderBy('id', 'desc'),
      );
      return rows.map(toAllowance);
    },
    changePages: createPageReader(
      db,
      { table: 'pensiya_deyisiklik', parentColumn: 'pensiya_id' },
      toChange,
    ),
    paymentPages: createPageReader(
      db,
      { table: 'pensiya_odenis', parentColumn: 'pensiya_id' },
      toPayment,
    ),
    typeChangePages: createPageReader(
      db,
      { table: 'pensiya_nov_deyisme', parentColumn: 'pensiya_id' },
      toTypeChange,
    ),
    allowancePaymentPages: createPageReader(
      db,
      { table: 'muavinet_odenis', parentColumn: 'muavinet_id' },
      toAllowancePayment,
    ),
  };
}

// A code this graph does not model throws (see createCodeBook): never guessed, never dropped.
// Ids are BIGINT columns; `Number` keeps them numbers whichever driver returned them.

function toLabourPension(row: PensionRow): LabourPension {
  return {
    id: Number(row.id),
    fin: row.fin,
    type: PENSION_TYPE.decode(row.nov),
    status: PENSION_STATUS.decode(row.status),
    assignedOn: row.teyin_tarixi,
    terminatedOn: row.xitam_tarixi,
    office: row.idare,
    insuranceMonths: row.sigorta_ay,
    requiredInsuranceMonths: row.teleb_sigorta_ay,
    capital: row.kapital_qpk,
    insurancePart: row.sigorta_hisse_qpk,
    minimumTopUp: row.min_elave_qpk,
    amount: row.mebleg_qpk,
    appliedOn: row.muraciet_tarixi,
    decidedOn: row.qerar_tarixi,
    assignmentMethod:
      row.teyinat_usulu === null ? null : ASSIGNMENT_METHOD.decode(row.teyinat_usulu),
  };
}

function toTypeChange(row: TypeChangeRow): PensionTypeChange {
  return {
    id: Number(row.id),
    fin: row.fin,
    pensionId: Number(row.pensiya_id),
    fromType: PENSION_TYPE.decode(row.evvelki_nov),
    toType: PENSION_TYPE.decode(row.yeni_nov),
    changedOn: row.deyisme_tarixi,
    reason: TYPE_CHANGE_REASON.decode(row.sebeb),
  };
}

function toAllowancePayment(row: AllowancePaymentRow): AllowancePayment {
  return {
    id: Number(row.id),
    fin: row.fin,
    allowanceId: Number(row.muavinet_id),
    period: row.dovr,
    paidOn: row.odenis_tarixi,
    amount: row.mebleg_qpk,
  };
}

function toChange(row: ChangeRow): PensionChange {
  return {
    id: Number(row.id),
    fin: row.fin,
    pensionId: Number(row.pensiya_id),
    kind: CHANGE_KIND.decode(row.nov),
    effectiveOn: row.quvve_tarixi,
    rateBasisPoints: row.indeks_bp,
    amountBefore: row.evvelki_qpk,
    amountAfter: row.yeni_qpk,
  };
}

function toPayment(row: PaymentRow): PensionPayment {
  return {
    id: Number(row.id),
    fin: row.fin,
    pensionId: Number(row.pensiya_id),
    period: row.dovr,
    paidOn: row.odenis_tarixi,
    amount: row.mebleg_qpk,
  };
}

function toAllowance(row: AllowanceRow): SocialAllowance {
  return {
    id: Number(row.id),
    fin: row.fin,
    type: ALLOWANCE_TYPE.decode(row.nov),
    periodicity: PERIODICITY.decode(row.dovriyye),
    status: ALLOWANCE_STATUS.decode(row.status),
    grantedOn: row.teyin_tarixi,
    endsOn: row.bitme_tarixi,
    amount: row.mebleg_qpk,
  };
}
