import type { RegistryMigration } from '@dost/subgraph-kit';
import { legacyUnemployment } from './001_legacy_unemployment.ts';

/** Unemployment registry migrations, oldest first. */
export const unemploymentMigrations: readonly RegistryMigration[] = [legacyUnemployment];
