// Moved to platform/ so the gateway can migrate the audit store too; kept for old imports.
export { migrateRegistry, type RegistryMigration } from '../../../platform/migrateRegistry.ts';
