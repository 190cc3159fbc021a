import {
  MAIN_POPULATION,
  SCALE_POPULATION,
  type BenchOptions,
  type ConfigId,
  type ScenarioId,
} from './benchSettings.ts';
import { SCENARIOS } from './scenarios.ts';

/** One scenario for one configuration over one population. */
export interface Cell {
  readonly scenario: ScenarioId;
  readonly config: ConfigId;
  readonly population: number;
  /** Requests per second over all connections; null drives them as fast as they answer. */
  readonly rate: number | null;
}

/** Scenarios measured again over the whole 1 000 000 population. */
const SCALE_SCENARIOS: readonly ScenarioId[] = ['S1', 'S2'];
/** The configurations S1 is measured for again at a paced rate: ours and the stock peers. */
const PACED_CONFIGS: readonly ConfigId[] = ['a', 'c', 'd', 'f'];

/**
 * The matrix in run order: per scenario (and population), every configuration in turn, so
 * that a round passes over all of them within seconds of each other.
 */
export function planCells(
  options: BenchOptions,
  citizensSeeded: number,
): { cells: Cell[]; skipped: string[] } {
  const cells: Cell[] = [];
  const skipped: string[] = [];
  const scaleReady = citizensSeeded >= SCALE_POPULATION;
  if (!scaleReady) {
    skipped.push(
      `scale run: ${citizensSeeded} citizens seeded, it needs ${SCALE_POPULATION} (npm run bench -- --seed-scale, or npm run seed -- --citizens ${SCALE_POPULATION} with DOST_DB_URL set)`,
    );
  }
  for (const id of options.scenarios) {
    const scenario = SCENARIOS[id];
    const populations = [MAIN_POPULATION];
    if (scaleReady && SCALE_SCENARIOS.includes(id)) populations.push(SCALE_POPULATION);
    for (const population of populations) {
      const configs =
        population === MAIN_POPULATION
          ? options.configs
          : options.configs.filter((c) => options.scaleConfigs.includes(c));
      for (const config of configs) {
        const reason = scenario.notApplicable[config];
        if (reason === undefined) cells.push({ scenario: id, config, population, rate: null });
        else if (population === MAIN_POPULATION) skipped.push(`${id} (${config}): n/a — ${reason}`);
      }
    }
    if (id === 'S1') cells.push(...pacedCells(options));
  }
  return { cells, skipped };
}

/** S1 again, paced at each rate: the latency a centre sees when the gateway is not saturated. */
function pacedCells(options: BenchOptions): Cell[] {
  const configs = PACED_CONFIGS.filter((config) => options.configs.includes(config));
  return options.pacedRates.flatMap((rate) =>
    configs.map((config) => ({
      scenario: 'S1' as const,
      config,
      population: MAIN_POPULATION,
      rate,
    })),
  );
}
