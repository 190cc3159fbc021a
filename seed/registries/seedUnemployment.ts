import type { Knex } from 'knex';
import { insertRows } from '../insertRows.ts';
import type {
  BenefitProfile,
  CitizenProfile,
  UnemploymentProfile,
} from '../synthetic/CitizenProfile.ts';
import {
  BENEFIT_STATUS,
  encodeFlag,
  MONITORING_OUTCOME,
  OFFER_RESPONSE,
  PROGRAMME_KIND,
  PROGRAMME_STATUS,
  REGISTRATION_STATUS,
} from '../../subgraphs/unemployment/legacyCodes.ts';

type Row = Record<string, unknown>;

/** The registry's tables in insertion order, with the rows a batch adds to each. */
interface LegacyRows {
  qeydiyyat: Row[];
  status_tarixce: Row[];
  emek_muqavile: Row[];
  is_teklifi: Row[];
  muavinet_qerar: Row[];
  muavinet_odenis: Row[];
  proqram_istirak: Row[];
  ozm_monitorinq: Row[];
}

/** Writes one batch of synthetic citizens into the unemployment registry's legacy tables. */
export async function seedUnemployment(
  db: Knex | Knex.Transaction,
  profiles: readonly CitizenProfile[],
): Promise<void> {
  const rows: LegacyRows = {
    qeydiyyat: [],
    status_tarixce: [],
    emek_muqavile: [],
    is_teklifi: [],
    muavinet_qerar: [],
    muavinet_odenis: [],
    proqram_istirak: [],
    ozm_monitorinq: [],
  };
  for (const { fin, unemployment } of profiles) {
    if (unemployment !== null) addRegistration(rows, fin, unemployment);
  }
  for (const [table, tableRows] of Object.entries(rows)) {
    await insertRows(db, table, tableRows);
  }
}

function addRegistration(rows: LegacyRows, fin: string, u: UnemploymentProfile): void {
  const qeydiyyat_id = u.registrationId;
  rows.qeydiyyat.push({
    id: qeydiyyat_id,
    fin,
    status: REGISTRATION_STATUS.encode(u.status),
    qeyd_tarixi: u.registeredOn,
  });
  for (const s of u.statusHistory) {
    rows.status_tarixce.push({
      id: s.id,
      qeydiyyat_id,
      fin,
      status: REGISTRATION_STATUS.encode(s.status),
      bas_tarixi: s.from,
      sebeb: s.reason,
    });
  }
  for (const c of u.contracts) {
    rows.emek_muqavile.push({
      id: c.id,
      fin,
      isegoturen_voen: c.employerTin,
      isegoturen_adi: c.employerName,
      vezife: c.position,
      bas_tarixi: c.startedOn,
      bit_tarixi: c.endedOn,
      xitam_maddesi: c.terminationArticle,
      ayliq_emek_haqqi: c.monthlyWage,
      proqram_istirak_id: c.programmeId ?? null,
    });
  }
  addOffersAndProgrammes(rows, fin, u);
  if (u.benefit !== null) addBenefit(rows, fin, qeydiyyat_id, u.benefit);
}

function addOffersAndProgrammes(rows: LegacyRows, fin: string, u: UnemploymentProfile): void {
  const qeydiyyat_id = u.registrationId;
  for (const o of u.offers) {
    rows.is_teklifi.push({
      id: o.id,
      qeydiyyat_id,
      fin,
      teklif_tarixi: o.offeredOn,
      isegoturen_voen: o.employerTin,
      vezife: o.position,
      maas: o.monthlyWage,
      cavab: OFFER_RESPONSE.encode(o.response),
      esasli: encodeFlag(o.refusalJustified),
    });
  }
  for (const p of u.programmes) {
    rows.proqram_istirak.push({
      id: p.id,
      qeydiyyat_id,
      fin,
      proqram_kodu: PROGRAMME_KIND.encode(p.kind),
      proqram_adi: p.name,
      bas_tarixi: p.startedOn,
      bit_tarixi: p.endsOn,
      status: PROGRAMME_STATUS.encode(p.status),
      detal: p.detail,
    });
    for (const v of p.monitoringVisits ?? []) {
      rows.ozm_monitorinq.push({
        id: v.id,
        proqram_istirak_id: p.id,
        fin,
        yoxlama_tarixi: v.visitedOn,
        netice: MONITORING_OUTCOME.encode(v.outcome),
      });
    }
  }
}

function addBenefit(rows: LegacyRows, fin: string, qeydiyyat_id: number, b: BenefitProfile): void {
  rows.muavinet_qerar.push({
    id: b.decisionId,
    qeydiyyat_id,
    fin,
    qerar_tarixi: b.decidedOn,
    orta_emek_haqqi: b.averageWage,
    sigorta_ay_24: b.insuredMonthsLast24,
    usaq_sayi: b.dependentChildren,
    derece_bp: b.rateBp,
    ayliq_mebleg: b.monthlyAmount,
    bas_tarixi: b.startsOn,
    bit_tarixi: b.endsOn,
    status: BENEFIT_STATUS.encode(b.status),
  });
  for (const p of b.payments) {
    rows.muavinet_odenis.push({
      id: p.id,
      qerar_id: b.decisionId,
      fin,
      dovr: p.period,
      odenis_tarixi: p.paidOn,
      mebleg: p.amount,
    });
  }
}
