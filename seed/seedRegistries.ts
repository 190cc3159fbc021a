import type { Logger } from '@dost/platform/createLogger.ts';
import type { RegistrySubgraphName } from '../subgraphs/catalog.ts';
import type { RegistryDbs } from '../subgraphs/openRegistries.ts';
import { REGISTRY_SEEDERS } from './registrySeeders.ts';
import { readSeedState, writeSeedState, type SeedState } from './seedState.ts';
import type { CitizenProfile } from './synthetic/CitizenProfile.ts';

export interface SeedOptions {
  dbs: RegistryDbs;
  seed: number;
  /** Population size wanted; existing citizens are kept and the rest appended. */
  citizens: number;
  /** Profiles for indices [from, to) of a population of `count`; deterministic per index. */
  generate: (from: number, to: number, count: number) => readonly CitizenProfile[];
  log: Logger;
  /** Citizens per transaction. @default 2000 */
  batchSize?: number;
}

export interface SeedReport {
  /** Citizens present before and after. */
  readonly before: number;
  readonly after: number;
  readonly seconds: number;
}

/**
 * Fills every registry with the same synthetic population, in aligned batches. Each batch is
 * one transaction per registry that also records progress, so an interrupted seed resumes
 * where each registry stopped and never writes a citizen twice.
 */
export async function seedRegistries(options: SeedOptions): Promise<SeedReport> {
  const { dbs, seed, citizens, generate, log, batchSize = 2000 } = options;
  const started = performance.now();
  const names = (Object.keys(dbs) as RegistrySubgraphName[]).filter(
    (name) => REGISTRY_SEEDERS[name] !== undefined,
  );
  const states = await Promise.all(names.map((name) => readSeedState(dbs[name])));
  const done = states.map((state, i) => checkState(state, seed, names[i] ?? ''));
  const before = Math.min(...done);
  for (let from = alignDown(before, batchSize); from < citizens; from += batchSize) {
    const to = Math.min(from + batchSize, citizens);
    const profiles = generate(from, to, citizens);
    await Promise.all(
      names.map(async (name, i) => {
        const present = done[i] ?? 0;
        if (present >= to) return;
        const missing = profiles.filter((profile) => profile.index >= present);
        await dbs[name].transaction(async (trx) => {
          await REGISTRY_SEEDERS[name]?.(trx, missing);
          await writeSeedState(trx, { seed, citizens: to });
        });
      }),
    );
    if ((to / batchSize) % 50 === 0) log.info({ citizens: to }, 'seeding');
  }
  const after = Math.max(before, citizens);
  return { before, after, seconds: (performance.now() - started) / 1000 };
}

function checkState(state: SeedState | null, seed: number, name: string): number {
  if (state === null) return 0;
  if (state.seed !== seed) {
    throw new Error(
      `The ${name} registry was seeded with seed ${state.seed}, not ${seed}; empty it first.`,
    );
  }
  return state.citizens;
}

function alignDown(value: number, step: number): number {
  return Math.floor(value / step) * step;
}
