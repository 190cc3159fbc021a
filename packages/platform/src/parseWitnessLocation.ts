import { resolve } from 'node:path';

/**
 * Where the gateway keeps its signed audit checkpoints: outside the audit database, out of its
 * administrators' reach. Here, beside the parser, because the environment names it
 * (DOST_AUDIT_WITNESS); the audit store implements it.
 */
export type AuditWitnessLocation =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'mysql'; readonly url: string };

/**
 * `file:<path>` (relative to the working directory; `file:///abs` works too) or a
 * `mysql://` URL of a second database; null for anything else.
 */
export function parseWitnessLocation(value: string): AuditWitnessLocation | null {
  if (value.startsWith('file:') && value.length > 'file:'.length) {
    return { kind: 'file', path: resolve(value.slice('file:'.length)) };
  }
  if (value.startsWith('mysql://') && URL.canParse(value)) return { kind: 'mysql', url: value };
  return null;
}
