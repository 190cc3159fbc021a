// Moved to platform/ so the gateway can open the audit store too; kept for old imports.
export { openRegistryDb, type RegistryDbOptions } from '../../../platform/openRegistryDb.ts';
