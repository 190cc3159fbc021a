import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';

export interface HealthOptions {
  /** Whether the subgraph can answer now; for a registry, whether its database does. */
  isReady: () => Promise<boolean>;
}

/**
 * `GET /healthz` answers 200 while the process serves; `GET /readyz` 200 `ready` when
 * `isReady` says so, else 503 `not_ready`, so that an orchestrator stops routing to a replica
 * whose database is gone. Neither needs the gateway's token (a probe has none) and neither
 * says more than its status.
 */
export function createHealthHandler({ isReady }: HealthOptions): RequestHandler {
  return async (req, res) => {
    if (req.url !== '/healthz' && req.url !== '/readyz') return false;
    const ready = req.url === '/healthz' || (await isReady());
    res.statusCode = ready ? 200 : 503;
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    const status = req.url === '/healthz' ? 'ok' : ready ? 'ready' : 'not_ready';
    res.end(JSON.stringify({ status }));
    return true;
  };
}
