import {
  type ConnectionArgs,
  loadConnection,
  type SubgraphContext,
  type SubgraphResolvers,
} from '@dost/subgraph-kit';
import type { DisabilityLoaders } from './loaders.ts';
import type { DisabilityDecision } from './registry.ts';

type Context = SubgraphContext<DisabilityLoaders>;

export const disabilityResolvers: SubgraphResolvers<DisabilityLoaders> = {
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
