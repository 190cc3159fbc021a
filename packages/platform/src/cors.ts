import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Cross-origin access for browser apps served from other origins. Credentials are never
 * allowed: callers authenticate with a bearer token in a header, never a cookie, so no
 * response carries `Access-Control-Allow-Credentials` and a page cannot ride on an ambient
 * login.
 */
export interface CorsOptions {
  /** Exact origins (`https://app.example.az`) a browser app may call from. @default [] */
  readonly origins: readonly string[];
  /** How long a browser may cache a preflight answer, in seconds. @default 600 */
  readonly maxAgeSeconds?: number;
}

/** Request headers a browser app sends: the token, the purpose, a correlation id, JSON. */
const ALLOWED_HEADERS = 'authorization, content-type, x-dost-purpose, x-request-id';
/** Response headers a browser app may read beyond the safelisted ones. */
const EXPOSED_HEADERS = 'x-request-id, retry-after';
const ALLOWED_METHODS = 'GET, POST';

/**
 * Applies the CORS policy to one request to the GraphQL path: adds the headers an allowed
 * origin needs, and answers a preflight (OPTIONS) in full. Returns true when it answered.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  options: CorsOptions,
): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && options.origins.includes(origin);
  // The answer depends on Origin whenever any origin is allowed: caches must key on it.
  if (options.origins.length > 0) res.setHeader('vary', 'Origin');
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  if (req.method !== 'OPTIONS') return false;
  // A preflight from an origin not listed gets no CORS headers: the browser then refuses.
  res.statusCode = 204;
  res.setHeader('allow', `${ALLOWED_METHODS}, OPTIONS`);
  if (allowed) {
    res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', String(options.maxAgeSeconds ?? 600));
  }
  res.end();
  return true;
}

/** True when `value` is an origin exactly (scheme, host, optional port; no path, no `*`). */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}
