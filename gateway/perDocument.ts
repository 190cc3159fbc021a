import type { DocumentNode } from 'graphql';

/**
 * Memoises a pure function of a parsed operation. Apollo Server hands every request with
 * the same query text the same cached DocumentNode, so a repeated operation is walked once;
 * the WeakMap lets an entry go when Apollo's document cache drops the document.
 */
export function perDocument<T>(
  compute: (document: DocumentNode) => T,
): (document: DocumentNode) => T {
  // Boxed, so a result that is itself falsy or undefined still counts as found.
  const results = new WeakMap<DocumentNode, { readonly value: T }>();
  return (document) => {
    let found = results.get(document);
    if (found === undefined) {
      found = { value: compute(document) };
      results.set(document, found);
    }
    return found.value;
  };
}
