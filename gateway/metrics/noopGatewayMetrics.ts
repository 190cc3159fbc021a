import { Registry } from 'prom-client';
import type { GatewayMetrics } from './createGatewayMetrics.ts';
import { noteSubgraphCalled } from './noteSubgraphCalled.ts';

/**
 * The gateway's metrics when nothing will scrape them (no DOST_METRICS_PORT): no counter,
 * histogram or process collector runs. The access log still learns which subgraphs a request
 * called, as it does with metrics on. Its registry stays empty.
 */
export function noopGatewayMetrics(): GatewayMetrics {
  return {
    registry: new Registry(),
    requestEnded: () => undefined,
    subgraphCalls: {
      callEnded: (subgraph, _seconds, _failure, context) => noteSubgraphCalled(subgraph, context),
      breakerChanged: () => undefined,
    },
    rateLimits: { refused: () => undefined, storeFailed: () => undefined },
    auditBatch: () => undefined,
    auditWaited: () => undefined,
    watchPool: () => undefined,
    watchSupergraph: () => undefined,
  };
}
