import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { Registry } from 'prom-client';

/**
 * GET /metrics in Prometheus's text format. It is served on its own listener
 * (DOST_METRICS_PORT), never beside the public GraphQL endpoint.
 */
export function createMetricsHandler(registry: Registry): RequestHandler {
  return async (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return false;
    if (req.method !== 'GET') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET');
      res.end();
      return true;
    }
    const text = await registry.metrics();
    res.setHeader('content-type', registry.contentType);
    res.end(text);
    return true;
  };
}
