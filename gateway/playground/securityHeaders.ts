import type { ServerResponse } from 'node:http';

/**
 * Only same-origin scripts run, so the page's configuration travels as inert JSON and the boot
 * code is a served file. Inline styles stay allowed because GraphiQL sets them at runtime, and
 * `data:` covers the fonts and icons inlined in graphiql.min.css.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every playground response carries, page or asset. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

/** Headers that only the HTML page needs. */
export function setPageSecurityHeaders(res: ServerResponse): void {
  setSecurityHeaders(res);
  res.setHeader('content-security-policy', PLAYGROUND_CSP);
}
