/**
 * The legal bases staff may state (docs/purposes.md). The gateway decides which a role may
 * cite; a refusal names those, so this list only offers the choice.
 */
export const LEGAL_BASES = [
  'SERVICE_APPLICATION',
  'PROACTIVE_SERVICE',
  'PENSION_ASSIGNMENT',
  'UNEMPLOYMENT_BENEFIT',
  'EMPLOYMENT_SERVICES',
  'DISABILITY_REVIEW',
  'AGREEMENT',
  'SUPERVISORY_AUDIT',
  'DATA_PROTECTION_INQUIRY',
] as const;
