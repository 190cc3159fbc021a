import type { RegistryMigration } from '@dost/subgraph-kit';
import { legacyTraining } from './001_legacy_training.ts';

/** Training registry migrations, oldest first. */
export const trainingMigrations: readonly RegistryMigration[] = [legacyTraining];
