import {
  BENEFIT_STATUS,
  decodeFlag,
  MONITORING_OUTCOME,
  OFFER_RESPONSE,
  PROGRAMME_KIND,
  PROGRAMME_STATUS,
  REGISTRATION_STATUS,
} from './legacyCodes.ts';
import type {
  Benefit,
  BenefitPayment,
  JobOffer,
  LabourContract,
  MonitoringVisit,
  Programme,
  Registration,
  StatusChange,
} from './registry.ts';

// The legacy rows exactly as the registry's tables hold them, and their mapping to the
// domain. Only registry.ts reads rows; nothing past it sees a column name.

export interface RegistrationRow {
  id: number;
  fin: string;
  status: string;
  qeyd_tarixi: string;
}

export interface StatusRow {
  id: number;
  qeydiyyat_id: number;
  fin: string;
  status: string;
  bas_tarixi: string;
  sebeb: string;
}

export interface ContractRow {
  id: number;
  fin: string;
  isegoturen_voen: string;
  isegoturen_adi: string;
  vezife: string;
  bas_tarixi: string;
  bit_tarixi: string | null;
  xitam_maddesi: string | null;
  ayliq_emek_haqqi: number;
  /** 002: the "İşsizin dostu" placement the contract was signed for; NULL otherwise. */
  proqram_istirak_id: number | null;
}

export interface OfferRow {
  id: number;
  qeydiyyat_id: number;
  fin: string;
  teklif_tarixi: string;
  isegoturen_voen: string;
  vezife: string;
  maas: number;
  cavab: string;
  esasli: string | null;
}

export interface DecisionRow {
  id: number;
  qeydiyyat_id: number;
  fin: string;
  qerar_tarixi: string;
  orta_emek_haqqi: number;
  sigorta_ay_24: number;
  usaq_sayi: number;
  derece_bp: number;
  ayliq_mebleg: number;
  bas_tarixi: string;
  bit_tarixi: string;
  status: string;
}

export interface PaymentRow {
  id: number;
  qerar_id: number;
  fin: string;
  dovr: string;
  odenis_tarixi: string;
  mebleg: number;
}

export interface ProgrammeRow {
  id: number;
  qeydiyyat_id: number;
  fin: string;
  proqram_kodu: string;
  proqram_adi: string;
  bas_tarixi: string;
  bit_tarixi: string | null;
  status: string;
  detal: string;
}

export interface MonitoringRow {
  id: number;
  proqram_istirak_id: number;
  fin: string;
  yoxlama_tarixi: string;
  netice: string;
}

export function toRegistration(row: RegistrationRow): Registration {
  return {
    fin: row.fin,
    registrationId: row.id,
    status: REGISTRATION_STATUS.decode(row.status),
    registeredOn: row.qeyd_tarixi,
  };
}

export function toStatusChange(row: StatusRow): StatusChange {
  return {
    id: row.id,
    fin: row.fin,
    registrationId: row.qeydiyyat_id,
    status: REGISTRATION_STATUS.decode(row.status),
    since: row.bas_tarixi,
    reason: row.sebeb,
  };
}

export function toLabourContract(row: ContractRow): LabourContract {
  return {
    id: row.id,
    fin: row.fin,
    employerTin: row.isegoturen_voen,
    employerName: row.isegoturen_adi,
    position: row.vezife,
    startedOn: row.bas_tarixi,
    endedOn: row.bit_tarixi,
    terminationArticle: row.xitam_maddesi,
    monthlyWage: row.ayliq_emek_haqqi,
    programmeId: row.proqram_istirak_id,
  };
}

export function toJobOffer(row: OfferRow): JobOffer {
  return {
    id: row.id,
    fin: row.fin,
    registrationId: row.qeydiyyat_id,
    offeredOn: row.teklif_tarixi,
    employerTin: row.isegoturen_voen,
    position: row.vezife,
    monthlyWage: row.maas,
    response: OFFER_RESPONSE.decode(row.cavab),
    refusalJustified: decodeFlag(row.esasli),
  };
}

export function toBenefit(row: DecisionRow): Benefit {
  return {
    decisionId: row.id,
    fin: row.fin,
    registrationId: row.qeydiyyat_id,
    decidedOn: row.qerar_tarixi,
    averageWage: row.orta_emek_haqqi,
    insuredMonthsLast24: row.sigorta_ay_24,
    dependentChildren: row.usaq_sayi,
    rateBp: row.derece_bp,
    monthlyAmount: row.ayliq_mebleg,
    startsOn: row.bas_tarixi,
    endsOn: row.bit_tarixi,
    status: BENEFIT_STATUS.decode(row.status),
  };
}

export function toBenefitPayment(row: PaymentRow): BenefitPayment {
  return {
    id: row.id,
    fin: row.fin,
    decisionId: row.qerar_id,
    period: row.dovr,
    paidOn: row.odenis_tarixi,
    amount: row.mebleg,
  };
}

export function toProgramme(row: ProgrammeRow): Programme {
  return {
    id: row.id,
    fin: row.fin,
    registrationId: row.qeydiyyat_id,
    kind: PROGRAMME_KIND.decode(row.proqram_kodu),
    name: row.proqram_adi,
    startedOn: row.bas_tarixi,
    endsOn: row.bit_tarixi,
    status: PROGRAMME_STATUS.decode(row.status),
    detail: row.detal,
  };
}

export function toMonitoringVisit(row: MonitoringRow): MonitoringVisit {
  return {
    id: row.id,
    fin: row.fin,
    programmeId: row.proqram_istirak_id,
    visitedOn: row.yoxlama_tarixi,
    outcome: MONITORING_OUTCOME.decode(row.netice),
  };
}
