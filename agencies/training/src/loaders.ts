import { createKeyLoader } from '@dost/subgraph-kit';
import type { TrainingRegistry } from './registry.ts';

/** Per-request loaders of the training subgraph; each batch is one statement. */
export function createTrainingLoaders(registry: TrainingRegistry) {
  return {
    // The key loader keeps the last row of each FIN, and the registry returns oldest first:
    // the latest course wins.
    latestCourse: createKeyLoader(
      (fins: readonly string[]) => registry.coursesByFin(fins),
      (course) => course.fin,
    ),
  };
}

export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
