import { createCodeBook } from '@dost/subgraph-kit';
import type {
  BenefitStatus,
  MonitoringOutcome,
  OfferResponse,
  ProgrammeKind,
  ProgrammeStatus,
  UnemploymentStatus,
} from './registry.ts';

/** qeydiyyat.status, and status_tarixce.status with the same codes. */
export const REGISTRATION_STATUS = createCodeBook<UnemploymentStatus>('qeydiyyat.status', {
  JOBSEEKER: 'IA', // iş axtaran
  UNEMPLOYED: 'IS', // işsiz
  SUSPENDED: 'DY', // dayandırılıb
  DEREGISTERED: 'QX', // qeydiyyatdan çıxarılıb
});

/** is_teklifi.cavab. */
export const OFFER_RESPONSE = createCodeBook<OfferResponse>('is_teklifi.cavab', {
  ACCEPTED: 'QB', // qəbul edib
  REFUSED: 'IM', // imtina edib
  PENDING: 'GZ', // gözləmədə
});

/** muavinet_qerar.status. */
export const BENEFIT_STATUS = createCodeBook<BenefitStatus>('muavinet_qerar.status', {
  PAYING: 'OD', // ödənilir
  ENDED: 'BT', // bitib
  SUSPENDED: 'DY', // dayandırılıb
});

/** proqram_istirak.proqram_kodu. */
export const PROGRAMME_KIND = createCodeBook<ProgrammeKind>('proqram_istirak.proqram_kodu', {
  PUBLIC_WORKS: 'ICT', // ictimai işlər
  SELF_EMPLOYMENT: 'OMM', // özünüməşğulluq
  TRAINING: 'TLM', // təlim
});

/** proqram_istirak.status. */
export const PROGRAMME_STATUS = createCodeBook<ProgrammeStatus>('proqram_istirak.status', {
  ACTIVE: 'A', // aktiv
  COMPLETED: 'T', // tamamlanıb
  DROPPED: 'X', // xaric olub
});

/** ozm_monitorinq.netice. */
export const MONITORING_OUTCOME = createCodeBook<MonitoringOutcome>('ozm_monitorinq.netice', {
  OPERATING: 'F', // fəaliyyət göstərir
  STRUGGLING: 'C', // çətinlik var
});

/** Y/N flags, e.g. is_teklifi.esasli (a refusal was justified). */
export function encodeFlag(value: boolean | null): string | null {
  return value === null ? null : value ? 'Y' : 'N';
}

export function decodeFlag(code: string | null): boolean | null {
  return code === null ? null : code === 'Y';
}
