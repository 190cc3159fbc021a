import { allow, and, or, type IRules } from 'graphql-shield';
import { createPermissions } from '../kit/shield/createPermissions.ts';
import {
  hasPurpose,
  hasRole,
  hasScope,
  isOwnFinArgument,
  isOwnRecord,
  isStaffWithPurpose,
} from '../kit/shield/rules.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { PeopleLoaders } from './loaders.ts';

const readsPerson = or(isStaffWithPurpose, isOwnRecord);

/**
 * Partners reach other registries' fields through `citizen(fin:)`; of the person they see
 * only the FIN they asked about, and whether the person is alive with `population:alive`.
 */
const isPartner = hasRole('partner');

/** Who may read what in the population registry; anything unnamed is denied. */
export const peopleRules = {
  Query: {
    citizen: or(isStaffWithPurpose, isOwnFinArgument, and(isPartner, hasPurpose)),
    citizens: or(isStaffWithPurpose, isOwnFinArgument, and(isPartner, hasPurpose)),
    me: hasRole('citizen'),
    // Federation plumbing: the gateway's signature was verified; entity fields carry rules.
    _entities: allow,
    _service: allow,
  },
  _Service: allow,
  Citizen: {
    '*': readsPerson,
    fin: or(readsPerson, and(isPartner, hasPurpose)),
    deathDate: or(readsPerson, hasScope('population:alive')),
  },
  Address: allow,
  FamilyLink: allow,
} satisfies IRules;

export const peoplePermissions = createPermissions<SubgraphContext<PeopleLoaders>>(peopleRules);
