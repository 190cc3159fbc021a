import type { Tracer } from '@opentelemetry/api';
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
  /**
   * Traces each request and its SQL statements, continuing the gateway's signed trace.
   * @default undefined (no spans, and no tracing code on the request path)
   */
  tracer?: Tracer;
}
