import { fileURLToPath } from 'node:url';
import { startRegistrySubgraph } from '@dost/subgraph-kit';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import type { Listening } from '@dost/platform/listen.ts';
import type { ServerTls } from '@dost/platform/tls/TlsIdentity.ts';
import { seedTraining } from '../../agencies/training/src/seed/seedTraining.ts';
import {
  TRAINING_SDL_FILE,
  trainingSubgraph,
} from '../../agencies/training/src/trainingSubgraph.ts';
import { openTestRegistry, type TestDialect } from './testDatabases.ts';

export { TRAINING_SDL_FILE };

/**
 * What the agency hands `schema:check` and `schema:publish`: its rules module and its rows of
 * the access matrix, both kept in its own folder.
 */
export const TRAINING_CHECK_ARGS = [
  '--rules',
  fileURLToPath(new URL('../../agencies/training/src/enforcedRules.ts', import.meta.url)),
  '--access-matrix',
  fileURLToPath(new URL('../../agencies/training/ACCESS.md', import.meta.url)),
];

/**
 * Starts the agency's training subgraph as its process would, on an ephemeral port: a fresh,
 * migrated database of the dialect, seeded for `fins` (plus its demo FINs), served over HTTPS
 * to the gateway's certificate when `tls` is given. `close()` also drops the database.
 */
export async function startTrainingAgency({
  dialect,
  fins,
  callKey,
  tls,
  log,
}: {
  dialect: TestDialect;
  fins: readonly string[];
  /** Its call key, as the operator hands it to the agency. */
  callKey: InternalCallKey;
  tls: ServerTls | undefined;
  log: Logger;
}): Promise<Listening> {
  const store = await openTestRegistry(
    dialect,
    trainingSubgraph.database,
    trainingSubgraph.migrations,
  );
  await seedTraining(store.db, fins);
  const server = await startRegistrySubgraph({
    subgraph: trainingSubgraph,
    db: store.db,
    callKey,
    log,
    tls,
  });
  return {
    ...server,
    async close() {
      await server.close();
      await store.cleanup();
    },
  };
}
