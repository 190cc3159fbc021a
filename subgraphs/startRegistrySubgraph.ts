import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { InternalKey } from '@dost/platform/internalToken.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import type { ServerTls } from '@dost/platform/tls/TlsIdentity.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from './catalog.ts';
import { createGatewayAuthenticator } from './kit/identity/createGatewayAuthenticator.ts';

export interface StartSubgraphOptions {
  name: RegistrySubgraphName;
  /** The registry's migrated database. */
  db: Knex;
  /** The gateway's public key. */
  gatewayKey: InternalKey;
  log: Logger;
  /** @default 0 (ephemeral) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Serve HTTPS to the gateway's client certificate only. @default undefined (plain HTTP) */
  tls?: ServerTls;
}

/** Starts one registry subgraph as its own HTTP(S) server. */
export async function startRegistrySubgraph(options: StartSubgraphOptions): Promise<Listening> {
  const { name, db, gatewayKey, log, port = 0, host = '127.0.0.1', tls } = options;
  const subgraph = REGISTRY_SUBGRAPHS[name].create({
    db,
    log: log.child({ subgraph: name }),
    authenticate: createGatewayAuthenticator({ gatewayKey, audience: name }),
  });
  await subgraph.start();
  const server = await listen([subgraph.handler], { port, host, log, tls });
  return {
    ...server,
    async close() {
      await server.close();
      await subgraph.stop();
    },
  };
}
