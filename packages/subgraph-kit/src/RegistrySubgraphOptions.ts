import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { Authenticator } from './identity/createGatewayAuthenticator.ts';

/** What every registry subgraph factory takes. */
export interface RegistrySubgraphOptions {
  /** The registry's own database; only its `registry.ts` uses it. */
  db: Knex;
  log: Logger;
  /** Verifies the gateway's signed identity on every request. */
  authenticate: Authenticator;
}
