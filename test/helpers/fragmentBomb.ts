/**
 * A chain of `levels` named fragments, each spreading the next twice (once directly, once
 * under family → citizen), so the operation expands to about 2^levels selections while its
 * text stays small. `cross` also touches two other registries at every level.
 */
export function fragmentBomb(levels: number, shape: 'family' | 'cross'): string {
  const extra =
    shape === 'cross' ? 'disability { degree } pension { labourPension { status } }' : '';
  const fragments = Array.from({ length: levels }, (_, i) => {
    const next = i + 1 < levels ? `...F${i + 1}` : 'fin';
    return `fragment F${i} on Citizen { fullName ${extra} family { relation citizen { ${next} } } ${next} }`;
  });
  return `{ citizen(fin: "5ZK7P2Q") { ...F0 } }\n${fragments.join('\n')}`;
}
