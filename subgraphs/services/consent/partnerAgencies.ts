import type { PartnerScope } from '@dost/platform/partnerScopes.ts';

/** A partner agency DOST has a data-sharing agreement with. */
export interface PartnerAgency {
  /** The `agency` claim of the partner's tokens, e.g. `kapital-bank`. */
  readonly code: string;
  readonly name: string;
  /** The scopes its agreement names: the most a citizen can consent to for it. */
  readonly scopes: readonly PartnerScope[];
}

/**
 * The partner agencies a citizen may consent to, by the `agency` code their tokens carry.
 * The service desk keeps the list because consents are its records; a new agreement adds a
 * line here (and its client certificate, docs/agency-certificates.md). A consent naming an
 * agency not listed, or a scope its agreement does not name, is BAD_USER_INPUT: it could
 * never be used, and a citizen should not be asked to sign what no partner may read.
 */
export const PARTNER_AGENCIES: readonly PartnerAgency[] = [
  {
    code: 'kapital-bank',
    name: 'Kapital Bank',
    scopes: ['pension:status', 'pension:amount', 'population:alive'],
  },
  {
    code: 'abb-bank',
    name: 'ABB (Azərbaycan Beynəlxalq Bankı)',
    scopes: ['pension:status', 'pension:amount', 'unemployment:status', 'population:alive'],
  },
  {
    code: 'dsx',
    name: 'Dövlət Sərhəd Xidməti',
    scopes: ['unemployment:status', 'population:alive'],
  },
  {
    code: 'asan-xidmet',
    name: 'ASAN xidmət',
    scopes: ['pension:status', 'unemployment:status', 'disability:degree', 'population:alive'],
  },
];

/** The agency with this code, or null. */
export function partnerAgency(code: string): PartnerAgency | null {
  return PARTNER_AGENCIES.find((agency) => agency.code === code) ?? null;
}
