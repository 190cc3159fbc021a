import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import { legacyPopulation } from './001_legacy_population.ts';

/** Population registry migrations, oldest first. */
export const populationMigrations: readonly RegistryMigration[] = [legacyPopulation];
