import type { Role } from '@dost/platform/roles.ts';

/** One legal basis a read of personal data may be made under. */
export interface LegalBasisDefinition {
  /** What the reads are for, in DOST's work. */
  readonly description: string;
  /** The law that makes the processing lawful for that purpose. */
  readonly law: string;
  /** Roles that may cite it; every other role is refused PURPOSE_REQUIRED. */
  readonly roles: readonly Role[];
  /** A case reference of the kind it is cited with (the part after the colon). */
  readonly example: string;
  /**
   * Whether the reference must name an open case of DOST's service desk (the `services`
   * registry) for the citizen read, at the reader's centre: checked before any registry is
   * read (useCaseBinding). False where the case is kept elsewhere (an agency's file, a
   * partner's case, an audit), which the gateway cannot look up.
   */
  readonly needsCase: boolean;
}

/**
 * The closed list of legal bases X-Dost-Purpose may cite, and who may cite each: purpose
 * limitation (Law on Personal Data) made checkable. Citizens reading their own data cite
 * none. docs/purposes.md is the readable copy; a test keeps the two equal.
 */
export const LEGAL_BASES = {
  SERVICE_APPLICATION: {
    description:
      "A citizen's application for a DOST service, lodged at a one-window centre, a Smart " +
      'DOST point or the e-social portal: served at the window, decided by the agency.',
    law: 'Law on Personal Data (processing the data subject asked for)',
    roles: ['operator', 'pension_officer', 'employment_officer', 'disability_officer'],
    example: 'APP-2026-000123',
    needsCase: true,
  },
  PROACTIVE_SERVICE: {
    description:
      'A pension, allowance or benefit assigned without an application, from registry ' +
      'events (e.g. an old-age pension assigned on reaching pension age).',
    law: 'Law on Labour Pensions; Law on Social Benefits',
    roles: ['pension_officer', 'employment_officer', 'disability_officer'],
    example: 'PRO-2026-004512',
    needsCase: false,
  },
  PENSION_ASSIGNMENT: {
    description:
      'Assigning, recalculating, indexing, switching or ending a labour pension or social ' +
      'allowance, and its payments and arrears.',
    law: 'Law on Labour Pensions; Law on Social Benefits',
    roles: ['pension_officer'],
    example: 'PEN-2026-000481',
    needsCase: false,
  },
  UNEMPLOYMENT_BENEFIT: {
    description:
      'Deciding, paying, suspending or ending unemployment insurance benefit from the ' +
      'insured contracts and dependants.',
    law: 'Law on Unemployment Insurance',
    roles: ['employment_officer'],
    example: 'UNB-2026-000212',
    needsCase: false,
  },
  EMPLOYMENT_SERVICES: {
    description:
      'Registering jobseekers and the unemployed, job offers and refusals, and programmes: ' +
      '"İşsizin dostu" public works, self-employment assets and monitoring, training.',
    law: 'Law on Employment',
    roles: ['employment_officer'],
    example: 'EMP-2026-003317',
    needsCase: false,
  },
  DISABILITY_REVIEW: {
    description:
      'Medical-social expertise: establishing or re-examining a disability (percentage loss ' +
      'of body functions) on a clinic referral, and appeals against a decision.',
    law: 'Law on the Rights of Persons with Disabilities; Law on Personal Data (health data)',
    roles: ['disability_officer'],
    example: 'TSE-2026-77',
    needsCase: false,
  },
  AGREEMENT: {
    description:
      "A partner agency's check under its data-sharing agreement with DOST, limited to the " +
      "fields the agreement names (the token's scopes); the reference is the partner's case.",
    law: 'Law on Personal Data (transfer under an agreement)',
    roles: ['partner'],
    example: 'KB-2026-77',
    needsCase: false,
  },
  SUPERVISORY_AUDIT: {
    description:
      'An internal audit or supervisory inspection of who read or changed personal data, ' +
      'when and why.',
    law: 'Law on Personal Data (record of access to information systems)',
    roles: ['auditor'],
    example: 'AUD-2026-004',
    needsCase: false,
  },
  DATA_PROTECTION_INQUIRY: {
    description:
      "The data-protection officer's inquiry into a citizen's complaint or request about " +
      'how their data was processed.',
    law: "Law on Personal Data (the data subject's rights)",
    roles: ['auditor'],
    example: 'DPO-2026-019',
    needsCase: false,
  },
} as const satisfies Record<string, LegalBasisDefinition>;

export type LegalBasis = keyof typeof LEGAL_BASES;

const CODES = Object.keys(LEGAL_BASES) as LegalBasis[];

export function isLegalBasis(value: string): value is LegalBasis {
  return Object.hasOwn(LEGAL_BASES, value);
}

/** The basis a well-formed purpose (`LEGAL_BASIS:reference`) cites, and its reference. */
export function splitPurpose(purpose: string): { basis: string; reference: string } {
  const colon = purpose.indexOf(':');
  return { basis: purpose.slice(0, colon), reference: purpose.slice(colon + 1) };
}

/** The bases a role may cite, in catalogue order; none for a citizen. */
export function basesCitableBy(role: Role): readonly LegalBasis[] {
  return CODES.filter((code) => (LEGAL_BASES[code].roles as readonly Role[]).includes(role));
}
