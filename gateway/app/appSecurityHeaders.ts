import type { ServerResponse } from 'node:http';

/**
 * Stricter than the playground's: the Vite build has no inline script or style, so nothing
 * inline runs or applies; the app talks only to its own origin's /graphql.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every answer under the app's path carries, page, asset or 404. */
export function setAppSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', APP_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
}
