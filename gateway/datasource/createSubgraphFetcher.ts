import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch } from 'undici';
import { currentCallSignal } from './callSignal.ts';

/** The fetch function RemoteGraphQLDataSource accepts. */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface SubgraphFetcherOptions {
  /** Idle time after which a pooled connection to a subgraph is closed. */
  keepAliveTimeoutMs: number;
  /** Most open connections per subgraph origin; further calls wait for one. */
  connections: number;
}

export interface SubgraphFetcher {
  readonly fetcher: Fetcher;
  /** Closes the pooled connections. */
  close(): Promise<void>;
}

/**
 * A fetcher over one undici keep-alive pool for every subgraph: a one-window request makes
 * four calls, so connections are reused instead of opened per call. Each call is aborted by
 * its own signal (see callSignal.ts). Nothing here retries: undici's plain Agent never does,
 * and a retried call could repeat a write.
 */
export function createSubgraphFetcher({
  keepAliveTimeoutMs,
  connections,
}: SubgraphFetcherOptions): SubgraphFetcher {
  const dispatcher = new Agent({
    keepAliveTimeout: keepAliveTimeoutMs,
    // Never trust a server's keep-alive hint beyond our own idle limit.
    keepAliveMaxTimeout: keepAliveTimeoutMs,
    connections,
  });
  const fetcher: Fetcher = async (url, init = {}) => {
    const signal = currentCallSignal();
    return fetch(url, { ...init, dispatcher, ...(signal === undefined ? {} : { signal }) });
  };
  return { fetcher, close: () => dispatcher.close() };
}
