import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import { auditWitness } from './migrations/001_audit_witness.ts';

/** Migrations of a witness database (DOST_AUDIT_WITNESS=mysql://…), oldest first. */
export const witnessMigrations: readonly RegistryMigration[] = [auditWitness];
