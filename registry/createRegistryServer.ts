import type { Logger } from '@dost/platform/createLogger.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import {
  createRegistryService,
  type ManifestReader,
  type SchemaRegistry,
} from '@dost/schema-registry';
import { loadOperations, type RegisteredOperation } from '@dost/schema-tools';
import { importJWK, type JWK } from 'jose';
import { readCommittedSubgraphs } from '../scripts/lib/composeSupergraph.ts';

export interface RegistryServerOptions {
  registry: SchemaRegistry;
  /** The ES256 public JWK publisher tokens are verified with. */
  publicKey: JWK;
  /**
   * Registered operations: a folder of documents or a manifest (DOST_REGISTRY_OPERATIONS).
   * When undefined, the trusted documents the gateways serve: the newest manifest published
   * to `manifests`, else the committed one.
   */
  operations: string | undefined;
  /** The registry's published trusted-document manifests. */
  manifests?: ManifestReader;
  log: Logger;
  /** @default 0 (an ephemeral port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

/**
 * The schema registry's HTTP service for this deployment: an empty registry starts from the
 * committed schema/ files, and the registered operations are read at each check, so a new
 * manifest counts without a restart.
 */
export async function createRegistryServer(options: RegistryServerOptions): Promise<Listening> {
  const { registry, publicKey, operations, manifests, log, port = 0, host = '127.0.0.1' } = options;
  const key = await importJWK(publicKey, 'ES256');
  // A symmetric JWK would import as bytes; the registry verifies with a public EC key only.
  if (key instanceof Uint8Array) throw new Error('the registry public key must be an EC JWK');
  const service = createRegistryService({
    registry,
    publicKey: key,
    seed: readCommittedSubgraphs,
    operations: () =>
      operations === undefined ? servedDocuments(manifests) : loadOperations(operations),
    log,
  });
  return listen([service], { port, host, log });
}

const COMMITTED_MANIFEST = new URL(
  '../clients/generated/persisted-documents.json',
  import.meta.url,
);

/**
 * The operations front-ends are registered to send: whatever manifest the gateways serve. A
 * change that breaks one of them breaks a screen in production, so checks protect exactly it.
 */
async function servedDocuments(
  manifests: ManifestReader | undefined,
): Promise<readonly RegisteredOperation[]> {
  const published = await manifests?.latestManifest();
  if (published == null) return loadOperations(COMMITTED_MANIFEST.pathname);
  return Object.entries(published.documents).map(([id, document]) => ({ id, document }));
}
