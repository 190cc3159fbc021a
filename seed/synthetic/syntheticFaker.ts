import { az, base, Faker } from '@faker-js/faker';
import { createSeedableRandomizer } from './createSeedableRandomizer.ts';

/**
 * The one Faker instance of the generator, Azerbaijani locale with the base locale as
 * fallback. Each household block reseeds it before drawing anything, so a block's content
 * depends only on (seed, block), never on what was generated before. Generation is
 * synchronous per block, so sharing the instance is safe.
 */
export const syntheticFaker = new Faker({
  locale: [az, base],
  randomizer: createSeedableRandomizer(),
});
