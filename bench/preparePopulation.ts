import { createLogger } from '@dost/platform/createLogger.ts';
import type { Env } from '@dost/platform/env.ts';
import { generateProfiles, wholeHouseholds } from '../seed/generateProfiles.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../subgraphs/catalog.ts';
import { REGISTRY_SEEDERS } from '../seed/registrySeeders.ts';
import { readSeedState } from '../seed/seedState.ts';
import { ROW_ID_STRIDE } from '../seed/synthetic/rowId.ts';
import { closeRegistries, openRegistries } from '../subgraphs/openRegistries.ts';
import { seedRegistries } from '../seed/seedRegistries.ts';

export interface Population {
  /** Citizens present in every registry (indices [0, citizens)). */
  readonly citizens: number;
  /** Seconds spent seeding; 0 when the data was already there. */
  readonly seededSeconds: number;
  /** Pensioners among the first `within` citizens with the longest payment history. */
  readonly pensioners: readonly string[];
}

/**
 * Makes sure MariaDB holds at least `atLeast` citizens of `env.seed` (seeding the rest,
 * resumably, when fewer are there) and finds pensioners for the payment-history scenario.
 */
export async function preparePopulation(options: {
  env: Env;
  dbUrl: string;
  atLeast: number;
  /** Pensioners for S3 are taken among population indices [0, pensionersWithin). */
  pensionersWithin: number;
}): Promise<Population> {
  const { env, dbUrl, atLeast, pensionersWithin } = options;
  const dbUrls = Object.fromEntries(Object.keys(REGISTRY_SUBGRAPHS).map((n) => [n, dbUrl]));
  const dbs = await openRegistries({ dataDir: env.dataDir, dbUrls });
  try {
    let citizens = await seededCitizens(dbs, env.seed);
    let seededSeconds = 0;
    if (citizens < atLeast) {
      console.log(`Seeding MariaDB: ${citizens} citizens present, ${atLeast} wanted…`);
      const report = await seedRegistries({
        dbs,
        seed: env.seed,
        citizens: wholeHouseholds(atLeast),
        generate: generateProfiles(env.seed),
        log: createLogger({ level: 'warn', name: 'bench-seed' }),
      });
      citizens = report.after;
      seededSeconds = report.seconds;
    }
    const pensioners = await longestPaymentHistories(dbs.pensions, pensionersWithin);
    return { citizens, seededSeconds, pensioners };
  } finally {
    await closeRegistries(dbs);
  }
}

/** The smallest seeded count over the seeded registries, from their dost_seed_state rows. */
async function seededCitizens(
  dbs: Awaited<ReturnType<typeof openRegistries>>,
  seed: number,
): Promise<number> {
  const names = (Object.keys(dbs) as RegistrySubgraphName[]).filter(
    (name) => REGISTRY_SEEDERS[name] !== undefined,
  );
  const states = await Promise.all(names.map((name) => readSeedState(dbs[name])));
  return Math.min(
    ...states.map((state, i) => {
      if (state === null) return 0;
      if (state.seed !== seed) throw new Error(`${names[i]} holds seed ${state.seed}, not ${seed}`);
      return state.citizens;
    }),
  );
}

/**
 * Up to 2000 FINs of labour pensioners among population indices [0, within) with the most
 * payments each (the synthetic registry keeps at most 24 months). Row ids are index·64+slot+1
 * (rowId.ts), so the index bound is an id bound on the legacy table.
 */
async function longestPaymentHistories(
  db: Awaited<ReturnType<typeof openRegistries>>['pensions'],
  within: number,
): Promise<string[]> {
  const rows = (await db('pensiya_ish as p')
    .join('pensiya_odenis as o', 'o.pensiya_id', 'p.id')
    .where('p.id', '<=', within * ROW_ID_STRIDE)
    .groupBy('p.id', 'p.fin')
    .havingRaw('count(*) >= 24')
    .orderBy('p.id')
    .limit(2000)
    .select('p.fin')) as { fin: string }[];
  return rows.map((row) => row.fin);
}
