import { createLogger } from '@dost/platform/createLogger.ts';
import type { Listening } from '@dost/platform/listen.ts';
import {
  loadOrCreateDevPublisherKey,
  signPublisherToken,
  type PublisherClaims,
  type PublisherKeyPair,
} from '@dost/schema-registry';
import { createRegistryServer } from '../../registry/createRegistryServer.ts';
import type { TestDialect } from './testDatabases.ts';
import { openTestSchemaRegistry, type TestSchemaRegistry } from './testSchemaRegistry.ts';

export interface RunningRegistryService {
  /** The service's base URL, as an agency passes it to `--registry`. */
  readonly url: string;
  readonly test: TestSchemaRegistry;
  readonly keys: PublisherKeyPair;
  /** A publisher token signed by this registry's key. @default ttlSeconds 600 */
  token(claims: PublisherClaims, ttlSeconds?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * The schema registry's HTTP service on an ephemeral port over a fresh registry database of
 * the dialect, with its development key in the registry's own temporary data folder.
 */
export async function startRegistryService(
  dialect: TestDialect,
  { operations }: { operations?: string } = {},
): Promise<RunningRegistryService> {
  const test = await openTestSchemaRegistry(dialect);
  const keys = loadOrCreateDevPublisherKey(test.env['DOST_DATA_DIR'] ?? '');
  let server: Listening;
  try {
    server = await createRegistryServer({
      registry: test.registry,
      publicKey: keys.publicKey,
      operations,
      manifests: test.registry.manifests,
      log: createLogger({ level: 'silent' }),
    });
  } catch (error) {
    await test.cleanup();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${server.port}/`,
    test,
    keys,
    token: (claims, ttlSeconds = 600) =>
      signPublisherToken({ claims, privateKey: keys.privateKey, ttlSeconds }),
    async close() {
      await server.close();
      await test.cleanup();
    },
  };
}
