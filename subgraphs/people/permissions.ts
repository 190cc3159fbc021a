import { allow, or, type IRules } from 'graphql-shield';
import { createPermissions } from '../kit/shield/createPermissions.ts';
import { hasRole, isOwnFinArgument, isOwnRecord, isStaffWithPurpose } from '../kit/shield/rules.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { PeopleLoaders } from './loaders.ts';

const readsPerson = or(isStaffWithPurpose, isOwnRecord);

/** Who may read what in the population registry; anything unnamed is denied. */
export const peopleRules = {
  Query: {
    citizen: or(isStaffWithPurpose, isOwnFinArgument),
    citizens: or(isStaffWithPurpose, isOwnFinArgument),
    me: hasRole('citizen'),
    // Federation plumbing: the gateway's signature was verified; entity fields carry rules.
    _entities: allow,
    _service: allow,
  },
  _Service: allow,
  Citizen: readsPerson,
  Address: allow,
  FamilyLink: allow,
} satisfies IRules;

export const peoplePermissions = createPermissions<SubgraphContext<PeopleLoaders>>(peopleRules);
