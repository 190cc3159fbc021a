import { randomUUID } from 'node:crypto';
import type { Identity, Role } from '@dost/platform/roles.ts';

/** The purpose the suite states: an application case, as an operator's window request has. */
const PURPOSE = 'SERVICE_APPLICATION:CONFORMANCE-0001';

function staff(role: Role): Identity {
  return {
    actor: `conformance-${role}`,
    role,
    fin: null,
    centre: role === 'operator' ? 'conformance' : null,
    agency: role === 'operator' ? null : 'conformance',
    scopes: [],
    purpose: PURPOSE,
    requestId: randomUUID(),
  };
}

/** The citizen `fin` reading their own data (no purpose: citizens never state one). */
export function citizenIdentity(fin: string): Identity {
  return {
    actor: `citizen-${fin}`,
    role: 'citizen',
    fin,
    centre: null,
    agency: null,
    scopes: [],
    purpose: null,
    requestId: randomUUID(),
  };
}

/**
 * Whom the suite may sign as, staff first: every staff role with a purpose, then the citizen
 * of `fin`. A registry's rules decide who reads what (one registry lets only the citizen read
 * their own log), so the suite reads as whichever of these is refused least.
 */
export function candidateIdentities(fin: string): Identity[] {
  const roles: Role[] = ['operator', 'pension_officer', 'employment_officer', 'disability_officer'];
  return [...roles.map(staff), citizenIdentity(fin)];
}

/** `role` alone, as `--role` asks: staff with a purpose, or the citizen of `fin`. */
export function identityFor(role: Role, fin: string): Identity {
  return role === 'citizen' ? citizenIdentity(fin) : staff(role);
}
