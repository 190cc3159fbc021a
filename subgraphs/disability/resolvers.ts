import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { ConnectionArgs } from '../kit/graphql/connection.ts';
import { loadConnection } from '../kit/graphql/loadConnection.ts';
import { scalarResolvers } from '../kit/graphql/scalars.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { DisabilityLoaders } from './loaders.ts';
import type { DisabilityDecision } from './registry.ts';

type Context = SubgraphContext<DisabilityLoaders>;

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
