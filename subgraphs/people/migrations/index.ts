import type { RegistryMigration } from '@dost/subgraph-kit';
import { legacyPopulation } from './001_legacy_population.ts';

/** Population registry migrations, oldest first. */
export const populationMigrations: readonly RegistryMigration[] = [legacyPopulation];
