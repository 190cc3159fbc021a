import type { ServiceEndpointDefinition } from '@apollo/gateway';
import type { GatewayConfig } from '../config.ts';
import { createSubgraphFetcher } from './createSubgraphFetcher.ts';
import { SigningDataSource } from './SigningDataSource.ts';

export interface SubgraphClients {
  /** ApolloGateway's `buildService`: one signing, time-limited, circuit-broken source each. */
  buildService(definition: ServiceEndpointDefinition): SigningDataSource;
  /** The deadline of a request that starts now (epoch ms), for its context. */
  deadlineFromNow(): number;
  /** Closes the keep-alive pool. */
  close(): Promise<void>;
}

/** The part of the gateway's config that concerns calling subgraphs. */
export type SubgraphClientsOptions = Pick<
  GatewayConfig,
  | 'subgraphUrls'
  | 'internalKey'
  | 'log'
  | 'subgraphTimeoutMs'
  | 'requestDeadlineMs'
  | 'subgraphBreaker'
  | 'subgraphConnections'
  | 'subgraphKeepAliveMs'
>;

/** Everything the gateway needs to call its subgraphs, with the config's defaults applied. */
export function createSubgraphClients(config: SubgraphClientsOptions): SubgraphClients {
  const {
    subgraphUrls = {},
    internalKey,
    log,
    subgraphTimeoutMs = 2_000,
    requestDeadlineMs = 5_000,
    subgraphBreaker = {},
    subgraphConnections = 64,
    subgraphKeepAliveMs = 10_000,
  } = config;
  const http = createSubgraphFetcher({
    keepAliveTimeoutMs: subgraphKeepAliveMs,
    connections: subgraphConnections,
  });
  const sourceLog = log.child({ component: 'datasource' });
  return {
    buildService: ({ name, url }) =>
      new SigningDataSource({
        name,
        url: subgraphUrls[name] ?? url ?? '',
        key: internalKey,
        fetcher: http.fetcher,
        timeoutMs: subgraphTimeoutMs,
        breaker: subgraphBreaker,
        log: sourceLog,
      }),
    deadlineFromNow: () => Date.now() + requestDeadlineMs,
    close: () => http.close(),
  };
}
