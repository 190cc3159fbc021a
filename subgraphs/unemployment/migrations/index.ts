import type { RegistryMigration } from '@dost/subgraph-kit';
import { legacyUnemployment } from './001_legacy_unemployment.ts';
import { programmeContracts } from './002_programme_contracts.ts';

/** Unemployment registry migrations, oldest first. */
export const unemploymentMigrations: readonly RegistryMigration[] = [
  legacyUnemployment,
  programmeContracts,
];
