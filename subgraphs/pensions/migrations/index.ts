import type { RegistryMigration } from '@dost/subgraph-kit';
import { legacyPensions } from './001_legacy_pensions.ts';
import { pensionRecords } from './002_pension_records.ts';

/** Pensions registry migrations, oldest first. */
export const pensionsMigrations: readonly RegistryMigration[] = [legacyPensions, pensionRecords];
