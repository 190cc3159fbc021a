import { Agent, type Dispatcher } from 'undici';

export interface SubgraphPoolOptions {
  /** Idle time after which a pooled connection to a subgraph is closed. */
  keepAliveTimeoutMs: number;
  /** Most open connections per subgraph origin; further calls wait for one. */
  connections: number;
}

export interface SubgraphPool {
  /** What every subgraph call is dispatched on (sendSubgraphRequest). */
  readonly dispatcher: Dispatcher;
  /** Closes the pooled connections. */
  close(): Promise<void>;
}

/**
 * One undici keep-alive pool for every subgraph: a one-window request makes four calls, so
 * connections are reused instead of opened per call. Nothing here retries: undici's plain
 * Agent never does, and a retried call could repeat a write.
 */
export function createSubgraphPool({
  keepAliveTimeoutMs,
  connections,
}: SubgraphPoolOptions): SubgraphPool {
  const dispatcher = new Agent({
    keepAliveTimeout: keepAliveTimeoutMs,
    // Never trust a server's keep-alive hint beyond our own idle limit.
    keepAliveMaxTimeout: keepAliveTimeoutMs,
    connections,
  });
  return { dispatcher, close: () => dispatcher.close() };
}
