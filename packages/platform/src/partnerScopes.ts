/** One scope a partner's data-sharing agreement may name, and the fields it opens. */
export interface PartnerScopeDefinition {
  /** The question the scope answers for the partner. */
  readonly answers: string;
  /**
   * Schema coordinates the scope opens to a partner (`LabourPension.status`). Kept equal to
   * the subgraphs' rules (their `partnerScope`/`summaryRead` checks) and to the table in
   * docs/access-matrix.md, "Partner scopes".
   */
  readonly fields: readonly string[];
}

/**
 * The closed list of partner scopes: what a token's `scopes` and a citizen's consent may
 * name. The gateway reads it to tell which scopes a partner's read uses (useConsentCheck);
 * the service desk reads it to refuse a consent to an unknown scope (grantConsent).
 */
export const PARTNER_SCOPES = {
  'pension:status': {
    answers: 'Is this FIN a pensioner, of which type?',
    fields: [
      'Citizen.pension',
      'PensionRecord.labourPension',
      'LabourPension.type',
      'LabourPension.status',
    ],
  },
  'pension:amount': {
    answers: 'How much is paid monthly?',
    fields: ['Citizen.pension', 'PensionRecord.labourPension', 'LabourPension.amount'],
  },
  'unemployment:status': {
    answers: 'Is this FIN registered with the employment service?',
    fields: ['Citizen.unemployment', 'UnemploymentRecord.status'],
  },
  'disability:degree': {
    answers: 'Which disability degree?',
    fields: ['Citizen.disability', 'DisabilityRecord.degree'],
  },
  'population:alive': {
    answers: 'Is this person alive?',
    fields: ['Citizen.deathDate'],
  },
} as const satisfies Record<string, PartnerScopeDefinition>;

export type PartnerScope = keyof typeof PARTNER_SCOPES;

export function isPartnerScope(value: string): value is PartnerScope {
  return Object.hasOwn(PARTNER_SCOPES, value);
}

const SCOPES = Object.keys(PARTNER_SCOPES) as PartnerScope[];

/**
 * The scopes that open a coordinate to a partner (`Citizen.pension` → status and amount:
 * either will do); empty for a field no scope opens.
 */
export function scopesOpening(field: string): readonly PartnerScope[] {
  return SCOPES.filter((scope) =>
    (PARTNER_SCOPES[scope].fields as readonly string[]).includes(field),
  );
}
