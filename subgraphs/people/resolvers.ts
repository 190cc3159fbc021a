import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { ERRORS } from '../../platform/errors.ts';
import { scalarResolvers } from '../kit/graphql/scalars.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { PeopleLoaders } from './loaders.ts';
import type { FamilyLink, Person } from './registry.ts';

type Context = SubgraphContext<PeopleLoaders>;

/** Largest number of FINs `citizens` takes in one call. */
export const MAX_CITIZENS_PER_CALL = 100;

export const peopleResolvers: GraphQLResolverMap<Context> = {
  ...scalarResolvers,
  Query: {
    citizen: (_: unknown, { fin }: { fin: string }, { loaders }: Context) =>
      loaders.person.load(fin),
    citizens: (_: unknown, { fins }: { fins: string[] }, { loaders }: Context) => {
      if (fins.length > MAX_CITIZENS_PER_CALL) {
        throw ERRORS.BAD_USER_INPUT.err(`citizens takes at most ${MAX_CITIZENS_PER_CALL} FINs.`);
      }
      return loaders.person.loadMany(fins);
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
