import { isDeepStrictEqual } from 'node:util';

/**
 * True when `actual` is `expected` with some parts possibly null: what a one-window answer
 * looks like when a registry failed and its share of the view was nulled. Every value that is
 * present must be the expected one; nothing may be added or changed.
 */
export function matchesWithGaps(actual: unknown, expected: unknown): boolean {
  if (actual === null) return true;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      actual.every((item, i) => matchesWithGaps(item, expected[i]))
    );
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    return (
      isDeepStrictEqual(Object.keys(actual).sort(), [...keys].sort()) &&
      keys.every((key) =>
        matchesWithGaps(
          (actual as Record<string, unknown>)[key],
          (expected as Record<string, unknown>)[key],
        ),
      )
    );
  }
  return actual === expected;
}
