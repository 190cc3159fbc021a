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
