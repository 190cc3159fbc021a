import type { Knex } from 'knex';
import { insertRows } from '../insertRows.ts';
import type {
  AllowanceProfile,
  CitizenProfile,
  PaymentProfile,
  PensionChangeProfile,
  PensionProfile,
  PensionTypeChangeProfile,
} from '../synthetic/CitizenProfile.ts';
import {
  ALLOWANCE_STATUS,
  ALLOWANCE_TYPE,
  ASSIGNMENT_METHOD,
  CHANGE_KIND,
  PENSION_STATUS,
  PENSION_TYPE,
  PERIODICITY,
  TYPE_CHANGE_REASON,
} from '../../subgraphs/pensions/legacyCodes.ts';

interface Pensioner {
  readonly fin: string;
  readonly region: string;
  readonly pension: PensionProfile;
}

/**
 * Writes one batch of synthetic citizens into the pensions registry's legacy tables, with
 * the ids the profiles carry. Citizens without a pension or allowance write nothing.
 */
export async function seedPensions(
  db: Knex | Knex.Transaction,
  profiles: readonly CitizenProfile[],
): Promise<void> {
  const pensioners: Pensioner[] = [];
  for (const { fin, person, pension } of profiles) {
    if (pension !== null) pensioners.push({ fin, region: person.region, pension });
  }
  await insertRows(db, 'pensiya_ish', pensioners.map(pensionRow));
  await insertRows(
    db,
    'pensiya_deyisiklik',
    pensioners.flatMap(({ fin, pension }) =>
      pension.changes.map((c) => changeRow(fin, pension.id, c)),
    ),
  );
  await insertRows(
    db,
    'pensiya_odenis',
    pensioners.flatMap(({ fin, pension }) =>
      pension.payments.map((p) => paymentRow(fin, pension.id, p)),
    ),
  );
  await insertRows(
    db,
    'sosial_muavinet',
    profiles.flatMap(({ fin, allowances }) => allowances.map((a) => allowanceRow(fin, a))),
  );
  await insertRows(
    db,
    'pensiya_nov_deyisme',
    pensioners.flatMap(({ fin, pension }) =>
      pension.typeChanges.map((c) => typeChangeRow(fin, pension.id, c)),
    ),
  );
  await insertRows(
    db,
    'muavinet_odenis',
    profiles.flatMap(({ fin, allowances }) =>
      allowances.flatMap((a) => a.payments.map((p) => allowancePaymentRow(fin, a.id, p))),
    ),
  );
}

function typeChangeRow(fin: string, pensionId: number, change: PensionTypeChangeProfile) {
  return {
    id: change.id,
    pensiya_id: pensionId,
    fin,
    evvelki_nov: PENSION_TYPE.encode(change.fromType),
    yeni_nov: PENSION_TYPE.encode(change.toType),
    deyisme_tarixi: change.changedOn,
    sebeb: TYPE_CHANGE_REASON.encode(change.reason),
  };
}

function allowancePaymentRow(fin: string, allowanceId: number, payment: PaymentProfile) {
  return {
    id: payment.id,
    muavinet_id: allowanceId,
    fin,
    dovr: payment.period,
    odenis_tarixi: payment.paidOn,
    mebleg_qpk: payment.amount,
  };
}

/** The profile names no office: a case is kept where the citizen is registered. */
function officeOfRegion(region: string): string {
  return `DOST ${region} regional şöbəsi`;
}

function pensionRow({ fin, region, pension }: Pensioner) {
  return {
    id: pension.id,
    fin,
    nov: PENSION_TYPE.encode(pension.type),
    status: PENSION_STATUS.encode(pension.status),
    teyin_tarixi: pension.assignedOn,
    xitam_tarixi: pension.terminatedOn,
    idare: officeOfRegion(region),
    kapital_qpk: pension.capital,
    sigorta_ay: pension.insuranceMonths,
    teleb_sigorta_ay: pension.requiredInsuranceMonths,
    sigorta_hisse_qpk: pension.insurancePart,
    min_elave_qpk: pension.minimumTopUp,
    mebleg_qpk: pension.amount,
    muraciet_tarixi: pension.appliedOn,
    qerar_tarixi: pension.decidedOn,
    teyinat_usulu: ASSIGNMENT_METHOD.encode(pension.proactive ? 'PROACTIVE' : 'ON_APPLICATION'),
  };
}

function changeRow(fin: string, pensionId: number, change: PensionChangeProfile) {
  return {
    id: change.id,
    pensiya_id: pensionId,
    fin,
    nov: CHANGE_KIND.encode(change.kind),
    quvve_tarixi: change.effectiveOn,
    indeks_bp: change.rateBp,
    evvelki_qpk: change.amountBefore,
    yeni_qpk: change.amountAfter,
  };
}

function paymentRow(fin: string, pensionId: number, payment: PaymentProfile) {
  return {
    id: payment.id,
    pensiya_id: pensionId,
    fin,
    dovr: payment.period,
    odenis_tarixi: payment.paidOn,
    mebleg_qpk: payment.amount,
  };
}

function allowanceRow(fin: string, allowance: AllowanceProfile) {
  return {
    id: allowance.id,
    fin,
    nov: ALLOWANCE_TYPE.encode(allowance.type),
    dovriyye: PERIODICITY.encode(allowance.periodicity),
    status: ALLOWANCE_STATUS.encode(allowance.status),
    teyin_tarixi: allowance.grantedOn,
    bitme_tarixi: allowance.endsOn,
    mebleg_qpk: allowance.amount,
  };
}
