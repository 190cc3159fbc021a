import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import { legacyDisability } from './001_legacy_disability.ts';

/** Medical-social expertise registry migrations, oldest first. */
export const disabilityMigrations: readonly RegistryMigration[] = [legacyDisability];
