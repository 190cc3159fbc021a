import { ERRORS, type SubgraphContext, type SubgraphResolvers } from '@dost/subgraph-kit';
import type { PeopleLoaders } from './loaders.ts';
import type { FamilyLink, Person } from './registry.ts';

type Context = SubgraphContext<PeopleLoaders>;

/** Largest number of FINs `citizens` takes in one call. */
export const MAX_CITIZENS_PER_CALL = 100;

/** The partner scope whose agreement covers the person's record here (alive or not). */
export const ALIVE_SCOPE = 'population:alive';

/**
 * Whether this caller's answer may reveal that a FIN is in the population registry. A
 * partner's agreement names fields of other registries (`pension:status`, …); unless it also
 * names the population record, the partner gets a bare reference for every FIN it asks
 * about, known or not, so a `citizen(fin:)` answer tells it nothing about who exists.
 */
function mayLearnExistence({ role, scopes }: Context['identity']): boolean {
  return role !== 'partner' || scopes.includes(ALIVE_SCOPE);
}

/** A Citizen reference that does not touch the registry: only the FIN asked about. */
const reference = (fin: string) => ({ fin });

export const peopleResolvers: SubgraphResolvers<PeopleLoaders> = {
  Query: {
    citizen: (_: unknown, { fin }: { fin: string }, { identity, loaders }: Context) =>
      mayLearnExistence(identity) ? loaders.person.load(fin) : reference(fin),
    citizens: (_: unknown, { fins }: { fins: string[] }, { identity, loaders }: Context) => {
      if (fins.length > MAX_CITIZENS_PER_CALL) {
        throw ERRORS.BAD_USER_INPUT.err(`citizens takes at most ${MAX_CITIZENS_PER_CALL} FINs.`);
      }
      return mayLearnExistence(identity) ? loaders.person.loadMany(fins) : fins.map(reference);
    },
    me: (_: unknown, __: unknown, { identity, loaders }: Context) =>
      identity.fin === null ? null : loaders.person.load(identity.fin),
  },
  Citizen: {
    __resolveReference: ({ fin }: { fin: string }, { loaders }: Context) =>
      loaders.person.load(fin),
    fullName: (person: Person) =>
      [person.surname, person.givenName, person.patronymic].filter(Boolean).join(' '),
    family: (person: Person, _: unknown, { loaders }: Context) => loaders.family.load(person.fin),
  },
  FamilyLink: {
    citizen: (link: FamilyLink, _: unknown, { loaders }: Context) =>
      loaders.person.load(link.relativeFin),
  },
};
