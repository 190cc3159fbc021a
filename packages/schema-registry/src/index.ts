export { createSchemaRegistry } from './createSchemaRegistry.ts';
export { openSchemaRegistry, SCHEMA_REGISTRY_DB } from './openSchemaRegistry.ts';
export { SCHEMA_REGISTRY_ERRORS } from './schemaRegistryErrors.ts';
export {
  MAX_SUBGRAPH_NAME,
  SCHEMA_REGISTRY_TABLES,
  schemaRegistryMigrations,
} from './schemaRegistryMigrations.ts';
export { composeSupergraphSdl } from './composeSupergraphSdl.ts';
export { publishSubgraph } from './publishSubgraph.ts';
export { compositionOnly, registryChecks, schemaChecks } from './publishCheck.ts';
export { createRegistryService } from './service/createRegistryService.ts';
export { signPublisherToken } from './service/signPublisherToken.ts';
export { verifyPublisherToken } from './service/verifyPublisherToken.ts';
export { authorizePublisher } from './service/authorizePublisher.ts';
export { loadOrCreateDevPublisherKey } from './service/loadOrCreateDevPublisherKey.ts';
export { PUBLISHER_SCOPES, PUBLISHER_TOKEN } from './service/PublisherClaims.ts';

export type {
  Publication,
  PublicationRecord,
  PublishedSet,
  PublishedSubgraphVersion,
  SchemaRegistry,
  SupergraphReader,
  SupergraphRecord,
} from './createSchemaRegistry.ts';
export type { OpenedSchemaRegistry, OpenSchemaRegistryOptions } from './openSchemaRegistry.ts';
export type {
  RegistryResult,
  SchemaRegistryError,
  SchemaRegistryErrorCode,
} from './schemaRegistryErrors.ts';
export type { SubgraphSchema } from './SubgraphSchema.ts';
export type { CompositionResult } from './composeSupergraphSdl.ts';
export type { PublishOptions, PublishOutcome } from './publishSubgraph.ts';
export type {
  CheckFinding,
  CheckReport,
  PublishCheck,
  PublishCheckInput,
  SchemaCheckOptions,
} from './publishCheck.ts';
export type { RegistryServiceOptions } from './service/createRegistryService.ts';
export type { PublisherClaims, PublisherScope } from './service/PublisherClaims.ts';
export type { PublisherKey } from './service/verifyPublisherToken.ts';
export type { PublisherKeyPair } from './service/loadOrCreateDevPublisherKey.ts';
export { createManifestStore } from './documents/createManifestStore.ts';
export { DOCUMENT_MANIFEST_TABLE } from './documents/documentManifestMigration.ts';
export type { DocumentManifest, ManifestRecord } from './documents/DocumentManifest.ts';
export type { ManifestReader, ManifestStore } from './documents/createManifestStore.ts';
