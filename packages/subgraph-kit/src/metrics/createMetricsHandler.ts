import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { Registry } from 'prom-client';

/**
 * `GET /metrics`: `registry` in Prometheus's text format. It is served beside `/graphql`, so
 * with mutual TLS only the gateway's (or a scraper's) allowed client certificate reaches it;
 * it needs no gateway token, which a scraper does not have, and carries counts only.
 */
export function createMetricsHandler(registry: Registry): RequestHandler {
  return async (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, HEAD');
      res.end();
      return true;
    }
    const body = await registry.metrics();
    res.statusCode = 200;
    res.setHeader('content-type', registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
