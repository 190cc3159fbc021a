import { FIN_SPACE } from './fin.ts';
import { mixSeed } from './mixSeed.ts';

/**
 * A seeded bijection of [0, FIN_SPACE) onto itself that makes consecutive indices look
 * unrelated: three affine steps x·P + o (mod 34^7) with base-34 digit reversals between
 * them. Each step is a bijection because every P is odd and not a multiple of 17, i.e.
 * coprime to 34^7. The multipliers stay below 2^17 so x·P < 2^53 and plain doubles are
 * exact; the reversal carries the fast-moving low digits into the high ones.
 */
const MULTIPLIERS = [104_729, 122_011, 91_199] as const;

const N = FIN_SPACE;
const BIG_N = BigInt(N);

/** Applies the seeded permutation to `index` (an integer in [0, FIN_SPACE)). */
export function permuteFinSpace(index: number, seed: number): number {
  const [o1, o2, o3] = offsetsFor(seed);
  let x = (index * MULTIPLIERS[0] + o1) % N;
  x = (reverseDigits(x) * MULTIPLIERS[1] + o2) % N;
  return (reverseDigits(x) * MULTIPLIERS[2] + o3) % N;
}

/** Inverse of `permuteFinSpace` for the same seed. */
export function unpermuteFinSpace(value: number, seed: number): number {
  const [o1, o2, o3] = offsetsFor(seed);
  let x = reverseDigits(undoAffine(value, MULTIPLIERS[2], o3));
  x = reverseDigits(undoAffine(x, MULTIPLIERS[1], o2));
  return undoAffine(x, MULTIPLIERS[0], o1);
}

function reverseDigits(value: number): number {
  let rest = value;
  let reversed = 0;
  for (let i = 0; i < 7; i++) {
    reversed = reversed * 34 + (rest % 34);
    rest = Math.floor(rest / 34);
  }
  return reversed;
}

// The inverse multipliers are ~2^35, so the rare inverse path uses BigInt.
function undoAffine(value: number, multiplier: number, offset: number): number {
  const shifted = (BigInt(value) - BigInt(offset) + BIG_N) % BIG_N;
  return Number((shifted * modularInverse(BigInt(multiplier))) % BIG_N);
}

function modularInverse(a: bigint): bigint {
  let [r0, r1] = [a, BIG_N];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % BIG_N) + BIG_N) % BIG_N;
}

// Offsets are per seed; memoise the last seed because a run uses one seed throughout.
let cachedSeed: number | undefined;
let cachedOffsets: readonly [number, number, number] = [0, 0, 0];

function offsetsFor(seed: number): readonly [number, number, number] {
  if (seed !== cachedSeed) {
    cachedOffsets = [offset(seed, 1), offset(seed, 2), offset(seed, 3)];
    cachedSeed = seed;
  }
  return cachedOffsets;
}

function offset(seed: number, round: number): number {
  // 20 + 32 random bits stay below 2^53, so the sum is exact before the modulo.
  const high = mixSeed([seed, round, 0x5eed]) % 2 ** 20;
  const low = mixSeed([seed, round, 0xf1]);
  return (high * 2 ** 32 + low) % N;
}
