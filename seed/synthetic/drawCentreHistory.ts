import { CENTRES } from '../../subgraphs/services/catalogue/centres.ts';
import { SERVICES } from '../../subgraphs/services/catalogue/services.ts';
import { fromDayNumber, toDayNumber } from './calendar.ts';
import { createSeedableRandomizer } from './createSeedableRandomizer.ts';
import { kpiTargetOf } from './kpiTargets.ts';
import { mixSeed } from './mixSeed.ts';
import { SEED_REFERENCE_DATE } from './seedReferenceDate.ts';

/** The first day of seeded history: the year of DOST's first published figures. */
export const HISTORY_START = '2019-01-01';
/**
 * Ids of history visits start here, above every citizen's rowId (index·64 + slot + 1 stays
 * below 2^31 up to 33 million citizens), so the two never collide whatever the seed size.
 */
export const HISTORY_ID_BASE = 2 ** 31;
/** Share of a centre's days whose pair of tickets was called but never came to the window. */
const NO_SHOW_SHARE = 0.06;
/** Walking from the queue to the window: in neither the wait nor the service time. */
const WALK_MS = 30_000;
/** Salt of this stream, apart from the population's and the per-citizen visits'. */
const STREAM = 13;

/**
 * Anonymous visits at every centre, from HISTORY_START to the day before the seed's
 * reference date: two tickets per centre per working day (Monday to Saturday), about 73 000
 * rows whatever the population size, with no FIN and no case. The two tickets of a day are
 * antithetic (one wait is as far above the year's target as the other is below, and the
 * same for service time), so every centre's mean over any whole year is exactly the year's
 * target (kpiTargets.ts), and a no-show pair leaves the service mean alone. Deterministic.
 */
export function drawCentreHistory(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const first = toDayNumber(HISTORY_START);
  const last = toDayNumber(SEED_REFERENCE_DATE) - 1;
  CENTRES.forEach((centre, c) => {
    for (let day = first; day <= last; day++) {
      // 1970-01-01 was a Thursday: day 3 of the week counted from Monday.
      if ((day + 3) % 7 === 6) continue;
      rows.push(...drawDay(centre.code, c, day, HISTORY_ID_BASE + rows.length));
    }
  });
  return rows;
}

function drawDay(centre: string, c: number, day: number, id: number): Record<string, unknown>[] {
  const random = createSeedableRandomizer(mixSeed([STREAM, c, day]));
  const date = fromDayNumber(day);
  const target = kpiTargetOf(Number(date.slice(0, 4)));
  const noShow = random.next() < NO_SHOW_SHARE;
  const waits = antithetic(target.queueWaitSeconds, random.next());
  const services = antithetic(target.serviceSeconds, random.next());
  return ([0, 1] as const).map((k) => {
    const service = SERVICES[Math.floor(random.next() * SERVICES.length)];
    // Opening hours 09:00–18:00 in Baku (UTC+4); a ticket is issued by 17:00.
    const issued = day * 86_400_000 + (5 * 3600 + Math.floor(random.next() * 8 * 3600)) * 1000;
    const called = issued + waits[k] * 1000;
    const serving = called + WALK_MS;
    const closed = noShow ? called + 5 * 60_000 : serving + services[k] * 1000;
    const at = (ms: number) => new Date(ms).toISOString();
    return {
      id: id + k,
      centre,
      ticket: `${service?.direction ?? 'Q'}-${String(k + 1).padStart(3, '0')}`,
      service_code: service?.code ?? null,
      status: 'CLOSED',
      window_no: 1 + Math.floor(random.next() * 6),
      issued_at: at(issued),
      called_at: at(called),
      serving_at: noShow ? null : at(serving),
      closed_at: at(closed),
    };
  });
}

/** Two whole-second values spread over ±50 % of `mean` whose sum is exactly twice it. */
function antithetic(mean: number, u: number): readonly [number, number] {
  const low = Math.round(mean * (0.5 + u));
  return [low, 2 * mean - low];
}
