/** Who may call the graph; see docs/access-matrix.md for what each may read. */
export const ROLES = [
  'citizen',
  'operator',
  'pension_officer',
  'employment_officer',
  'disability_officer',
  'partner',
  'auditor',
  // DOST management of one centre (its `centre` claim): reads that centre's KPIs, no personal data.
  'centre_manager',
] as const;

export type Role = (typeof ROLES)[number];

/**
 * Roles that never state a purpose: a citizen reads only their own data, and a centre manager
 * reads no personal data at all (its rules grant nothing that names a person).
 */
export const ROLES_WITHOUT_PURPOSE: readonly Role[] = ['citizen', 'centre_manager'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The caller as the gateway established it and every subgraph receives it. */
export interface Identity {
  /** `sub` of the caller's token: a person or a system. */
  readonly actor: string;
  readonly role: Role;
  /** The citizen's own FIN, for role `citizen`. */
  readonly fin: string | null;
  /** DOST centre of an operator or a centre manager. */
  readonly centre: string | null;
  /** Agency of a partner or officer. */
  readonly agency: string | null;
  /** Fields a partner's agreement names, e.g. `pension:status`. */
  readonly scopes: readonly string[];
  /**
   * `LEGAL_BASIS:case-reference` from X-Dost-Purpose, only when the basis is one this role may
   * cite (the gateway's catalogue, docs/purposes.md); null otherwise, and always for citizens.
   */
  readonly purpose: string | null;
  readonly requestId: string;
}
