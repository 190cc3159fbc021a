/**
 * Hashes a list of integers (any safe integers, negative too) to an unsigned 32-bit value.
 * Used to derive independent PRNG states and FIN offsets from (seed, block, …) tuples.
 */
export function mixSeed(parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    const low = part >>> 0;
    const high = Math.floor(part / 2 ** 32) >>> 0;
    h = fmix32((h ^ low) >>> 0);
    h = fmix32((h ^ high ^ 0x85ebca6b) >>> 0);
  }
  return h;
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
