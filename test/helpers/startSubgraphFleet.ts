import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startRegistrySubgraph } from '@dost/subgraph-kit';
import { createLogger } from '@dost/platform/createLogger.ts';
import type { Listening } from '@dost/platform/listen.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';
import { generateProfiles, wholeHouseholds } from '../../seed/generateProfiles.ts';
import { seedRegistries } from '../../seed/seedRegistries.ts';
import { finFromIndex } from '../../seed/synthetic/finFromIndex.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import { closeRegistries, openRegistries } from '../../subgraphs/openRegistries.ts';
import { TEST_SEED } from './startSystem.ts';
import { startTrainingAgency } from './startTrainingAgency.ts';
import type { TestDialect } from './testDatabases.ts';
import { createTestKeys, type TestKeys } from './testKeys.ts';
import { testTls } from './testTls.ts';

export interface SubgraphFleet {
  /** Each subgraph's GraphQL URL (https, mutual TLS), the training agency's included. */
  readonly urls: Readonly<Record<RegistrySubgraphName | 'training', string>>;
  /** The gateway's keys: `callKey(name)` is what a test MACs a call to `name` with. */
  readonly keys: TestKeys;
  /** The gateway's client certificate and the test CA. */
  readonly gatewayTls: TlsIdentity;
  /** The test CA's folder (`dev-ca.crt`, `dost-gateway.pem`). */
  readonly tlsDir: string;
  /** Seeded citizens every subgraph holds (the first five are the demo FINs). */
  readonly fins: readonly string[];
  close(): Promise<void>;
}

/**
 * Every registry subgraph and the training agency on ephemeral ports over mutual TLS, over
 * freshly seeded data (`citizens` of the test seed), with no gateway: for tests that call
 * the subgraphs as the gateway would.
 */
export async function startSubgraphFleet(
  dialect: TestDialect,
  { citizens = 150 }: { citizens?: number } = {},
): Promise<SubgraphFleet> {
  const log = createLogger({ level: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-fleet-'));
  const databasePrefix = `dost_t${randomBytes(4).toString('hex')}_`;
  const names = Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[];
  const dbUrls =
    dialect.url === undefined ? {} : Object.fromEntries(names.map((n) => [n, dialect.url]));
  const dbs = await openRegistries({ dataDir, dbUrls, databasePrefix, log });
  const population = wholeHouseholds(citizens);
  await seedRegistries({
    dbs,
    seed: TEST_SEED,
    citizens: population,
    generate: generateProfiles(TEST_SEED),
    log,
  });
  const fins = Array.from({ length: population }, (_, index) => finFromIndex(index, TEST_SEED));
  const keys = createTestKeys();
  const tls = await testTls();
  const servers: Listening[] = await Promise.all(
    names.map(async (name) =>
      startRegistrySubgraph({
        subgraph: REGISTRY_SUBGRAPHS[name],
        db: dbs[name],
        callKey: keys.callKey(name),
        log,
        tls: await tls.subgraph(name),
      }),
    ),
  );
  const training = await startTrainingAgency({
    dialect,
    fins,
    callKey: keys.callKey('training'),
    tls: await tls.subgraph('training'),
    log,
  });
  const urls = Object.fromEntries([
    ...names.map((name, i) => [name, servers[i]?.url ?? '']),
    ['training', training.url],
  ]) as Record<RegistrySubgraphName | 'training', string>;
  return {
    urls,
    keys,
    gatewayTls: tls.gateway,
    tlsDir: tls.dir,
    fins,
    async close() {
      await Promise.all([...servers, training].map((server) => server.close()));
      if (dialect.name === 'mysql') {
        for (const name of names) {
          await dbs[name].raw(
            `DROP DATABASE IF EXISTS \`${databasePrefix}${REGISTRY_SUBGRAPHS[name].database}\``,
          );
        }
      }
      await closeRegistries(dbs);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
