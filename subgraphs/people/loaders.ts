import { createGroupLoader, createKeyLoader } from '@dost/subgraph-kit';
import type { PopulationRegistry } from './registry.ts';

/** Per-request loaders of the people subgraph. */
export function createPeopleLoaders(registry: PopulationRegistry) {
  return {
    person: createKeyLoader(
      (fins: readonly string[]) => registry.personsByFin(fins),
      (p) => p.fin,
    ),
    family: createGroupLoader(
      (fins: readonly string[]) => registry.familyByFin(fins),
      (l) => l.fin,
    ),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
