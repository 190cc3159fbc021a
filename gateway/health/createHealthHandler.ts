import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';

/** `/healthz`: the process is alive and serving. */
export function createHealthHandler(): RequestHandler {
  return (req, res) => {
    if (req.url !== '/healthz') return Promise.resolve(false);
    res.setHeader('content-type', 'application/json');
    res.end('{"status":"ok"}');
    return Promise.resolve(true);
  };
}
