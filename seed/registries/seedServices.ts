import type { Knex } from 'knex';
import { CENTRES } from '../../subgraphs/services/catalogue/centres.ts';
import { SERVICES } from '../../subgraphs/services/catalogue/services.ts';
import { CASE_MOVES, type CaseStatus } from '../../subgraphs/services/transitions.ts';
import { insertRows } from '../insertRows.ts';
import {
  DEMO_CASE_CENTRE,
  DEMO_CASE_OPENED_AT,
  DEMO_CASE_SERVICE,
  demoCaseId,
} from '../synthetic/demoCases.ts';
import { DEMO_FINS } from '../synthetic/demoFins.ts';
import { createSeedableRandomizer } from '../synthetic/createSeedableRandomizer.ts';
import { drawCentreHistory } from '../synthetic/drawCentreHistory.ts';
import { mixSeed } from '../synthetic/mixSeed.ts';
import { rowId } from '../synthetic/rowId.ts';
import { SEED_REFERENCE_DATE } from '../synthetic/seedReferenceDate.ts';
import type { CitizenProfile } from '../synthetic/CitizenProfile.ts';

/** Share of citizens who came to a centre in the seeded year. */
const VISITING_SHARE = 0.3;
/** DOST's published 2023 averages, which the seeded visits centre on (seconds). */
const MEAN_QUEUE_WAIT_S = 177;
const MEAN_SERVICE_TIME_S = 425;
/** Salt of this seeder's random stream, apart from the population generator's. */
const STREAM = 12;

/**
 * Writes one batch of synthetic citizens' visits and cases at DOST centres: about a third of
 * the population came once in the year before the seed's reference date, was served, and
 * had a case opened that went some way along its status history. Deterministic per citizen.
 * The batch holding citizen 0 also writes the centres' anonymous history since 2019
 * (drawCentreHistory), once, in the same transaction as its progress.
 */
export async function seedServices(
  db: Knex | Knex.Transaction,
  profiles: readonly CitizenProfile[],
): Promise<void> {
  const drawn = profiles.flatMap((profile) => [...drawVisit(profile), ...demoCase(profile)]);
  const history = profiles.some((profile) => profile.index === 0) ? drawCentreHistory() : [];
  await insertRows(db, 'visit', [
    ...history,
    ...drawn.flatMap((d) => (d.visit === null ? [] : [d.visit])),
  ]);
  await insertRows(
    db,
    'service_case',
    drawn.map((d) => d.case),
  );
  await insertRows(
    db,
    'case_status_change',
    drawn.flatMap((d) => d.history),
  );
}

interface Drawn {
  readonly visit: Record<string, unknown> | null;
  readonly case: Record<string, unknown>;
  readonly history: readonly Record<string, unknown>[];
}

function drawVisit({ index, fin, person }: CitizenProfile): Drawn[] {
  const random = createSeedableRandomizer(mixSeed([STREAM, index]));
  if (random.next() >= VISITING_SHARE || person.deathDate !== null) return [];
  const service = SERVICES[Math.floor(random.next() * SERVICES.length)] ?? SERVICES[0];
  const centre = CENTRES.find((c) => c.region === person.region) ?? CENTRES[0];
  if (service === undefined || centre === undefined) return [];
  const day =
    Date.parse(`${SEED_REFERENCE_DATE}T00:00:00.000Z`) -
    (1 + Math.floor(random.next() * 300)) * 86_400_000;
  const issued = day + (5 * 3600 + Math.floor(random.next() * 8 * 3600)) * 1000;
  const called = issued + around(MEAN_QUEUE_WAIT_S, random.next()) * 1000;
  const serving = called + 30_000;
  const closed = serving + around(MEAN_SERVICE_TIME_S, random.next()) * 1000;
  const id = rowId(index, 0);
  const at = (ms: number) => new Date(ms).toISOString();
  const statuses = lifeOf(random.next());
  return [
    {
      visit: {
        id,
        centre: centre.code,
        ticket: `${service.direction}-${String(1 + (index % 400)).padStart(3, '0')}`,
        service_code: service.code,
        status: 'CLOSED',
        window_no: 1 + (index % 12),
        issued_at: at(issued),
        called_at: at(called),
        serving_at: at(serving),
        closed_at: at(closed),
      },
      case: {
        id,
        fin,
        service_code: service.code,
        centre: centre.code,
        channel: 'WINDOW',
        status: statuses[statuses.length - 1],
        visit_id: id,
        opened_at: at(serving + 60_000),
      },
      history: statuses.map((status, k) => ({
        id: rowId(index, k),
        case_id: id,
        fin,
        status,
        at: at(serving + 60_000 + k * 3 * 86_400_000),
        by_role: 'operator',
        by_actor: `op-${centre.code}`,
      })),
    },
  ];
}

/**
 * A demo citizen's open case at baku-1 (DEMO_CASES), so staff can cite a real case to read
 * them, as the README's examples and the playground do. No visit: it stands for an
 * application lodged earlier and still being served.
 */
function demoCase({ index, fin }: CitizenProfile): Drawn[] {
  if (!(DEMO_FINS as readonly string[]).includes(fin)) return [];
  const id = demoCaseId(index);
  return [
    {
      visit: null,
      case: {
        id,
        fin,
        service_code: DEMO_CASE_SERVICE,
        centre: DEMO_CASE_CENTRE,
        channel: 'WINDOW',
        status: 'OPENED',
        visit_id: null,
        opened_at: DEMO_CASE_OPENED_AT,
      },
      history: [
        {
          // Slot 8: past the drawn case's history (slots 0–4).
          id: rowId(index, 8),
          case_id: id,
          fin,
          status: 'OPENED',
          at: DEMO_CASE_OPENED_AT,
          by_role: 'operator',
          by_actor: `op-${DEMO_CASE_CENTRE}`,
        },
      ],
    },
  ];
}

/** A value spread evenly over ±50 % of `mean`, so the mean of many lands on it. */
function around(mean: number, u: number): number {
  return Math.round(mean * (0.5 + u));
}

/** How far a seeded case got: a path along CASE_MOVES, always from OPENED. */
function lifeOf(u: number): CaseStatus[] {
  const full: CaseStatus[] = ['OPENED', 'DOCUMENTS_REQUESTED', 'SUBMITTED', 'DECIDED', 'CLOSED'];
  const length = 1 + Math.floor(u * full.length);
  const path = full.slice(0, length);
  // Every step is one CASE_MOVES allows: the seed never writes a history the desk could not.
  path.forEach((status, k) => {
    const next = path[k + 1];
    if (next !== undefined && !CASE_MOVES[status].includes(next)) {
      throw new Error(`seeded case moves ${status} → ${next}`);
    }
  });
  return path;
}
