import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import {
  pageArgs,
  toConnection,
  type Connection,
  type ConnectionArgs,
  type PageArgs,
} from '../kit/graphql/connection.ts';
import { scalarResolvers } from '../kit/graphql/scalars.ts';
import type { PageKey } from '../kit/loaders/createPageLoader.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { DisabilityLoaders } from './loaders.ts';
import type { DisabilityDecision } from './registry.ts';

type Context = SubgraphContext<DisabilityLoaders>;
type PageLoader<V> = DataLoader<PageKey<string>, readonly V[], string>;

export const disabilityResolvers: GraphQLResolverMap<Context> = {
  ...scalarResolvers,
  Citizen: {
    // The people subgraph owns existence; this registry only adds a field, so no query here.
    __resolveReference: ({ fin }: { fin: string }) => ({ fin }),
    disability: ({ fin }: { fin: string }, _: unknown, { loaders }: Context) =>
      loaders.currentDecision.load(fin),
  },
  // A DisabilityRecord is the decision in force; the full file hangs off its `fin`.
  DisabilityRecord: {
    indefinite: isIndefinite,
    decisions: (record: DisabilityDecision, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.decisionPage, record.fin, args),
    referrals: (record: DisabilityDecision, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.referralPage, record.fin, args),
    diagnoses: (record: DisabilityDecision, _: unknown, { loaders }: Context) =>
      loaders.diagnoses.load(record.fin),
  },
  DisabilityDecision: {
    indefinite: isIndefinite,
  },
};

function isIndefinite(decision: DisabilityDecision): boolean {
  return decision.reexaminationOn === null;
}

/**
 * Loads one page of a citizen's history. A bad `first`/`after` is RETURNED, not thrown:
 * graphql-shield (allowExternalErrors: false) turns any error a resolver throws into
 * FORBIDDEN, whereas graphql-js reports a returned Error as the field's own error.
 */
async function loadConnection<V extends { id: number }>(
  loader: PageLoader<V>,
  fin: string,
  args: ConnectionArgs,
): Promise<Connection<V> | GraphQLError> {
  const page = validPage(args);
  if (page instanceof GraphQLError) return page;
  return toConnection(await loader.load({ parentId: fin, ...page }), page.first);
}

function validPage(args: ConnectionArgs): PageArgs | GraphQLError {
  try {
    return pageArgs(args);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}
