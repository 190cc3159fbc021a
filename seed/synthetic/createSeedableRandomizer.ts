import type { Randomizer } from '@faker-js/faker';
import { fmix32, mixSeed } from './mixSeed.ts';

/**
 * A faker Randomizer on sfc32 (a small chaotic PRNG with 128-bit state). Faker's default
 * Mersenne Twister costs ~40 µs to reseed; the generator reseeds once per household block,
 * so at a million citizens that alone would be ~10 s. Reseeding this one costs ~0.1 µs.
 */
export function createSeedableRandomizer(initialSeed = 0): Randomizer {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;

  function nextU32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }

  function seed(value: number | number[]): void {
    const h = mixSeed(typeof value === 'number' ? [value] : value);
    a = h;
    b = fmix32(h ^ 0x2545f491);
    c = fmix32(b ^ 0x9e3779b9);
    d = 1;
    // Discard the first outputs so that nearby seeds diverge fully.
    for (let i = 0; i < 12; i++) nextU32();
  }

  seed(initialSeed);
  return { next: () => nextU32() / 4_294_967_296, seed };
}
