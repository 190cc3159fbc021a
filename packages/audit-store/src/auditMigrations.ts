import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import { auditTrail } from './migrations/001_audit_trail.ts';
import { refusalsAndCorrelation } from './migrations/002_refusals_and_correlation.ts';

/** Audit store migrations, oldest first. */
export const auditMigrations: readonly RegistryMigration[] = [auditTrail, refusalsAndCorrelation];
