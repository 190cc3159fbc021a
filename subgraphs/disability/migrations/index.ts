import type { RegistryMigration } from '@dost/subgraph-kit';
import { legacyDisability } from './001_legacy_disability.ts';

/** Medical-social expertise registry migrations, oldest first. */
export const disabilityMigrations: readonly RegistryMigration[] = [legacyDisability];
