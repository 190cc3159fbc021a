import type { RegistryMigration } from '@dost/subgraph-kit';
import { legacyDisability } from './001_legacy_disability.ts';
import { disabilitySystem } from './002_disability_system.ts';

/** Medical-social expertise registry migrations, oldest first. */
export const disabilityMigrations: readonly RegistryMigration[] = [
  legacyDisability,
  disabilitySystem,
];
