import { createSeedableRandomizer } from '../seed/synthetic/createSeedableRandomizer.ts';
import { finFromIndex } from '../seed/synthetic/finFromIndex.ts';

/** Seeded FINs to draw requests from; every draw is deterministic for a given stream. */
export class FinPool {
  readonly fins: readonly string[];
  readonly #distinct: number;
  readonly #next: () => number;

  constructor(fins: readonly string[], stream: number) {
    if (fins.length === 0) throw new Error('A FIN pool needs at least one FIN.');
    this.fins = fins;
    this.#distinct = new Set(fins).size;
    const random = createSeedableRandomizer(stream);
    this.#next = () => random.next();
  }

  /**
   * `size` seeded citizens drawn uniformly from population indices [0, population): the
   * population's own FINs through finFromIndex, so every one of them is seeded.
   */
  static ofPopulation(options: { seed: number; population: number; size: number }): FinPool {
    const { seed, population, size } = options;
    const random = createSeedableRandomizer(seed ^ population);
    const fins = Array.from({ length: size }, () =>
      finFromIndex(Math.floor(random.next() * population), seed),
    );
    return new FinPool(fins, population);
  }

  /** One FIN, at random. */
  pick(): string {
    return this.fins[Math.floor(this.#next() * this.fins.length)] ?? this.fins[0] ?? '';
  }

  /** `count` distinct FINs, at random. */
  pickMany(count: number): string[] {
    const chosen = new Set<string>();
    while (chosen.size < Math.min(count, this.#distinct)) chosen.add(this.pick());
    return [...chosen];
  }
}
