import { isKnownErrorCode } from '@dost/platform/errors.ts';

// The platform's, so that subgraphs label their spans by the same rule.
export { operationLabel } from '@dost/platform/operationLabel.ts';

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
