import type {
  BenefitStatus,
  OfferResponse,
  ProgrammeKind,
  ProgrammeStatus,
  UnemploymentStatus,
} from './registry.ts';

/** Two-way translation between a graph enum and the registry's short legacy code. */
export interface CodeBook<T extends string> {
  encode(value: T): string;
  /** Throws on a code the graph does not model: a registry change to learn, not to guess. */
  decode(code: string): T;
}

function codeBook<T extends string>(what: string, codes: Record<T, string>): CodeBook<T> {
  const values = new Map<string, T>();
  for (const value of Object.keys(codes) as T[]) values.set(codes[value], value);
  return {
    encode: (value) => codes[value],
    decode(code) {
      const value = values.get(code);
      if (value === undefined) throw new Error(`unknown ${what} code in the registry: ${code}`);
      return value;
    },
  };
}

/** qeydiyyat.status and status_tarixce.status. */
export const REGISTRATION_STATUS = codeBook<UnemploymentStatus>('registration status', {
  JOBSEEKER: 'IA', // iş axtaran
  UNEMPLOYED: 'IS', // işsiz
  SUSPENDED: 'DY', // dayandırılıb
  DEREGISTERED: 'QX', // qeydiyyatdan çıxarılıb
});

/** is_teklifi.cavab. */
export const OFFER_RESPONSE = codeBook<OfferResponse>('offer response', {
  ACCEPTED: 'QB', // qəbul edib
  REFUSED: 'IM', // imtina edib
  PENDING: 'GZ', // gözləmədə
});

/** muavinet_qerar.status. */
export const BENEFIT_STATUS = codeBook<BenefitStatus>('benefit status', {
  PAYING: 'OD', // ödənilir
  ENDED: 'BT', // bitib
  SUSPENDED: 'DY', // dayandırılıb
});

/** proqram_istirak.proqram_kodu. */
export const PROGRAMME_KIND = codeBook<ProgrammeKind>('programme kind', {
  PUBLIC_WORKS: 'ICT', // ictimai işlər
  SELF_EMPLOYMENT: 'OMM', // özünüməşğulluq
  TRAINING: 'TLM', // təlim
});

/** proqram_istirak.status. */
export const PROGRAMME_STATUS = codeBook<ProgrammeStatus>('programme status', {
  ACTIVE: 'A', // aktiv
  COMPLETED: 'T', // tamamlanıb
  DROPPED: 'X', // xaric olub
});

/** Y/N flags, e.g. is_teklifi.esasli (a refusal was justified). */
export function encodeFlag(value: boolean | null): string | null {
  return value === null ? null : value ? 'Y' : 'N';
}

export function decodeFlag(code: string | null): boolean | null {
  return code === null ? null : code === 'Y';
}
