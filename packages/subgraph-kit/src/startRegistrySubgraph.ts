import type { Tracer } from '@opentelemetry/api';
import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import type { ServerTls } from '@dost/platform/tls/TlsIdentity.ts';
import { createGatewayAuthenticator } from './identity/createGatewayAuthenticator.ts';
import type { RegistrySubgraph } from './RegistrySubgraph.ts';

export interface StartSubgraphOptions {
  subgraph: RegistrySubgraph;
  /** The registry's migrated database (`openRegistry`). */
  db: Knex;
  /**
   * This subgraph's call key, derived from the gateway's secret for its name: only calls the
   * gateway MAC'd with it are answered.
   */
  callKey: InternalCallKey;
  log: Logger;
  /** @default 0 (ephemeral) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Serve HTTPS to the gateway's client certificate only. @default undefined (plain HTTP) */
  tls?: ServerTls;
  /** Traces requests and SQL statements (createTracerProvider). @default undefined (off) */
  tracer?: Tracer;
}

/**
 * Starts one registry subgraph as its own HTTP(S) server. `close()` drains it (in-flight
 * requests finish) and then stops it; the database stays open for the caller to close.
 */
export async function startRegistrySubgraph(options: StartSubgraphOptions): Promise<Listening> {
  const { subgraph, db, callKey, log, port = 0, host = '127.0.0.1', tls, tracer } = options;
  const running = subgraph.create({
    db,
    log: log.child({ subgraph: subgraph.name }),
    authenticate: createGatewayAuthenticator({ callKey, audience: subgraph.name }),
    ...(tracer === undefined ? {} : { tracer }),
  });
  await running.start();
  const server = await listen(running.handlers, { port, host, log, tls });
  return {
    ...server,
    async close() {
      await server.close();
      await running.stop();
    },
  };
}
