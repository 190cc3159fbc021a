import type { ServiceEndpointDefinition } from '@apollo/gateway';
import type { Dispatcher } from 'undici';
import { deriveInternalCallKey } from '@dost/platform/internalCallKey.ts';
import type { GatewayConfig } from '../config.ts';
import { createSubgraphPool } from './createSubgraphPool.ts';
import { SigningDataSource, type SigningDataSourceOptions } from './SigningDataSource.ts';
import type { SubgraphCallObserver } from './SubgraphCallObserver.ts';

export interface SubgraphClients {
  /** ApolloGateway's `buildService`: one signing, time-limited, circuit-broken source each. */
  buildService(definition: ServiceEndpointDefinition): SigningDataSource;
  /** The keep-alive pool (with the client certificate), for the readiness probe too. */
  readonly dispatcher: Dispatcher;
  /** The deadline of a request that starts now (epoch ms), for its context. */
  deadlineFromNow(): number;
  /** Stops the breakers and closes the keep-alive pool. */
  close(): Promise<void>;
}

/** The part of the gateway's config that concerns calling subgraphs. */
export type SubgraphClientsOptions = Pick<
  GatewayConfig,
  | 'subgraphUrls'
  | 'internalSecret'
  | 'log'
  | 'subgraphTimeoutMs'
  | 'requestDeadlineMs'
  | 'subgraphBreaker'
  | 'subgraphConnections'
  | 'subgraphKeepAliveMs'
  | 'subgraphTls'
  | 'tracer'
>;

/**
 * Everything the gateway needs to call its subgraphs, with the config's defaults applied;
 * `observer` is told of every call (metrics).
 */
export function createSubgraphClients(
  config: SubgraphClientsOptions,
  observer?: SubgraphCallObserver,
): SubgraphClients {
  const {
    subgraphUrls = {},
    internalSecret,
    log,
    subgraphTimeoutMs = 2_000,
    requestDeadlineMs = 5_000,
    subgraphBreaker = {},
    subgraphConnections = 64,
    subgraphKeepAliveMs = 10_000,
    subgraphTls,
    tracer,
  } = config;
  const pool = createSubgraphPool({
    keepAliveTimeoutMs: subgraphKeepAliveMs,
    connections: subgraphConnections,
    tls: subgraphTls,
  });
  const sourceLog = log.child({ component: 'datasource' });
  const built: SigningDataSource[] = [];
  const build = (options: SigningDataSourceOptions) => {
    const source = new SigningDataSource(options);
    built.push(source);
    return source;
  };
  return {
    buildService: ({ name, url }) =>
      build({
        name,
        url: subgraphUrls[name] ?? url ?? '',
        // Derived once per source; only this subgraph's key MACs its calls.
        key: deriveInternalCallKey(internalSecret, name),
        dispatcher: pool.dispatcher,
        timeoutMs: subgraphTimeoutMs,
        breaker: subgraphBreaker,
        log: sourceLog,
        ...(observer === undefined ? {} : { observer }),
        ...(tracer === undefined ? {} : { tracer }),
      }),
    dispatcher: pool.dispatcher,
    deadlineFromNow: () => Date.now() + requestDeadlineMs,
    async close() {
      for (const source of built) source.shutdown();
      await pool.close();
    },
  };
}
