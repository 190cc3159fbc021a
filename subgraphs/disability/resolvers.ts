import {
  type ConnectionArgs,
  loadConnection,
  type SubgraphContext,
  type SubgraphResolvers,
} from '@dost/subgraph-kit';
import type { DisabilityLoaders } from './loaders.ts';
import { NO_PERCENT, type DisabilityDecision, type DisabilityDegree } from './registry.ts';

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
    ...decisionFields(),
    decisions: (record: DisabilityDecision, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.decisionPage, record.fin, args),
    referrals: (record: DisabilityDecision, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.referralPage, record.fin, args),
    diagnoses: (record: DisabilityDecision, _: unknown, { loaders }: Context) =>
      loaders.diagnoses.load(record.fin),
  },
  DisabilityDecision: decisionFields(),
};

/**
 * What a decision says about its system. `percent` stays non-null for existing clients: a
 * group-system decision answers the registry's 0 ("no percentage"), `lossPercent` null.
 */
function decisionFields() {
  return {
    percent: (d: DisabilityDecision): number => d.percent ?? NO_PERCENT,
    lossPercent: (d: DisabilityDecision): number | null => d.percent,
    // The group system's codes are the degree's: I, II, III, YOX, UMS.
    group: (d: DisabilityDecision): DisabilityDegree | null =>
      d.assessmentSystem === 'GROUP' ? d.degree : null,
  };
}
