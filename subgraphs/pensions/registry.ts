import type { Knex } from 'knex';
import { selectPages, type PageQuery } from '../kit/db/selectPages.ts';
import type { PageArgs } from '../kit/graphql/connection.ts';
import {
  ALLOWANCE_STATUS_CODE,
  ALLOWANCE_TYPE_CODE,
  CHANGE_KIND_CODE,
  PENSION_STATUS_CODE,
  PENSION_TYPE_CODE,
  PERIODICITY_CODE,
  decoder,
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

const PENSION_TYPE = decoder(PENSION_TYPE_CODE);
const PENSION_STATUS = decoder(PENSION_STATUS_CODE);
const CHANGE_KIND = decoder(CHANGE_KIND_CODE);
const ALLOWANCE_TYPE = decoder(ALLOWANCE_TYPE_CODE);
const PERIODICITY = decoder(PERIODICITY_CODE);
const ALLOWANCE_STATUS = decoder(ALLOWANCE_STATUS_CODE);

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
}

export function createPensionsRegistry(db: Knex): PensionsRegistry {
  return {
    async labourPensionsByFin(fins) {
      const rows: PensionRow[] = await db('pensiya_ish')
        .select('*')
        .whereIn('fin', fins)
        .orderBy('id');
      return rows.flatMap(toLabourPension);
    },
    async allowancesByFin(fins) {
      const rows: AllowanceRow[] = await db('sosial_muavinet')
        .select('*')
        .whereIn('fin', fins)
        .orderBy('id', 'desc');
      return rows.flatMap(toAllowance);
    },
    async changePages(pensionIds, { first, afterId }) {
      const rows = await selectHistory<ChangeRow>(db, {
        table: 'pensiya_deyisiklik',
        parentColumn: 'pensiya_id',
        parentIds: pensionIds,
        first,
        afterId,
      });
      return rows.flatMap(toChange);
    },
    async paymentPages(pensionIds, { first, afterId }) {
      const rows = await selectHistory<PaymentRow>(db, {
        table: 'pensiya_odenis',
        parentColumn: 'pensiya_id',
        parentIds: pensionIds,
        first,
        afterId,
      });
      return rows.map(toPayment);
    },
  };
}

/**
 * A history page per parent in one statement. A single parent (one pension's payments, the
 * common page) is a plain keyset scan of the (pensiya_id, id) index read backwards with a
 * LIMIT: MariaDB then needs no temporary table for the window, about half the time of
 * `selectPages`, which still serves a batch of several parents.
 */
function selectHistory<Row>(db: Knex, query: PageQuery): Promise<Row[]> {
  const { table, parentColumn, parentIds, first, afterId } = query;
  const [only] = parentIds;
  if (parentIds.length !== 1 || only === undefined) return selectPages<Row>(db, query);
  return db(table)
    .select('*')
    .where(parentColumn, only)
    .modify((q) => {
      if (afterId !== null) void q.where('id', '<', afterId);
    })
    .orderBy('id', 'desc')
    .limit(first + 1);
}

// Rows whose codes this graph does not model are left out, not guessed (as in people).
// Ids are BIGINT columns; `Number` keeps them numbers whichever driver returned them.

function toLabourPension(row: PensionRow): LabourPension[] {
  const type = PENSION_TYPE.get(row.nov);
  const status = PENSION_STATUS.get(row.status);
  if (type === undefined || status === undefined) return [];
  return [
    {
      id: Number(row.id),
      fin: row.fin,
      type,
      status,
      assignedOn: row.teyin_tarixi,
      terminatedOn: row.xitam_tarixi,
      office: row.idare,
      insuranceMonths: row.sigorta_ay,
      requiredInsuranceMonths: row.teleb_sigorta_ay,
      capital: row.kapital_qpk,
      insurancePart: row.sigorta_hisse_qpk,
      minimumTopUp: row.min_elave_qpk,
      amount: row.mebleg_qpk,
    },
  ];
}

function toChange(row: ChangeRow): PensionChange[] {
  const kind = CHANGE_KIND.get(row.nov);
  if (kind === undefined) return [];
  return [
    {
      id: Number(row.id),
      fin: row.fin,
      pensionId: Number(row.pensiya_id),
      kind,
      effectiveOn: row.quvve_tarixi,
      rateBasisPoints: row.indeks_bp,
      amountBefore: row.evvelki_qpk,
      amountAfter: row.yeni_qpk,
    },
  ];
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

function toAllowance(row: AllowanceRow): SocialAllowance[] {
  const type = ALLOWANCE_TYPE.get(row.nov);
  const periodicity = PERIODICITY.get(row.dovriyye);
  const status = ALLOWANCE_STATUS.get(row.status);
  if (type === undefined || periodicity === undefined || status === undefined) return [];
  return [
    {
      id: Number(row.id),
      fin: row.fin,
      type,
      periodicity,
      status,
      grantedOn: row.teyin_tarixi,
      endsOn: row.bitme_tarixi,
      amount: row.mebleg_qpk,
    },
  ];
}
