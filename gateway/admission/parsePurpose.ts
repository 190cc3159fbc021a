import type { Role } from '@dost/platform/roles.ts';
import { basesCitableBy, isLegalBasis } from './legalBases.ts';

/** `LEGAL_BASIS:case-reference`, e.g. `SERVICE_APPLICATION:APP-2026-000123`. */
const PURPOSE = /^([A-Z][A-Z_]{1,39}):[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/**
 * The purpose X-Dost-Purpose states, as `LEGAL_BASIS:case-reference`, when it is well formed
 * and cites a basis of the catalogue that `role` may cite; null otherwise (absent, malformed,
 * an unknown basis, another role's basis, or any purpose from a citizen, who needs none).
 * Only such a purpose reaches the Identity, so subgraphs and the audit trail never see another.
 */
export function parsePurpose(header: string | string[] | undefined, role: Role): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return null;
  const trimmed = value.trim();
  const basis = PURPOSE.exec(trimmed)?.[1];
  if (basis === undefined || !isLegalBasis(basis)) return null;
  return basesCitableBy(role).includes(basis) ? trimmed : null;
}
