import type { SubgraphContext, SubgraphResolvers } from '@dost/subgraph-kit';
import type { TrainingLoaders } from './loaders.ts';

type Context = SubgraphContext<TrainingLoaders>;

/** The citizen's training: a reference is resolved lazily, the course in one batch. */
export const trainingResolvers: SubgraphResolvers<TrainingLoaders> = {
  Citizen: {
    __resolveReference: ({ fin }: { fin: string }) => ({ fin }),
    training: ({ fin }: { fin: string }, _: unknown, { loaders }: Context) =>
      loaders.latestCourse.load(fin),
  },
};
