import { isKnownErrorCode } from '@dost/platform/errors.ts';

/** Any seven FIN characters in a row: such a name might carry someone's FIN. */
const FIN_LIKE = /[0-9A-HJ-NP-Z]{7}/;

/**
 * An operation name as it may appear in a label or the access log: GraphQL names only, at
 * most 64 characters, and never one that holds a FIN-shaped run (a client names its own
 * operations, and `query Check5ZK7P2Q` would put a FIN in every scrape).
 */
export function operationLabel(name: string | null): string {
  if (name === null) return '(none)';
  if (name === '') return '(anonymous)';
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name) || FIN_LIKE.test(name)) return '(other)';
  return name.slice(0, 64);
}

/** An outcome code as a label: the registry's codes and Apollo's, else OTHER. */
export function outcomeLabel(code: unknown): string {
  if (isKnownErrorCode(code)) return code;
  return typeof code === 'string' && /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'OTHER';
}

/**
 * Caps a label's distinct values: the first `max` seen are kept, later ones become
 * `(other)`. Clients choose operation names, so without a cap one caller could grow the
 * gateway's memory and every scrape without bound.
 */
export function createLabelCap(max: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= max) return '(other)';
    seen.add(value);
    return value;
  };
}
