import type { Knex } from '@dost/subgraph-kit';
import { TRAINING_STATUS } from '../legacyCodes.ts';
import { DEMO_COURSES } from './demoCourses.ts';
import { drawCourses } from './drawCourses.ts';

/** Rows per INSERT: under SQLite's limit on bound variables. */
const CHUNK = 100;

/**
 * Replaces the registry's rows with the demo courses and one or two drawn courses for each
 * other FIN given; deterministic, so two runs over the same FINs write the same rows.
 * Returns the number of courses written.
 */
export async function seedTraining(db: Knex, fins: readonly string[]): Promise<number> {
  const demo = new Set(DEMO_COURSES.map((course) => course.fin));
  const drawn = [...new Set(fins)].filter((fin) => !demo.has(fin)).flatMap(drawCourses);
  const rows = [...DEMO_COURSES, ...drawn].map((course, index) => ({
    id: index + 1,
    fin: course.fin,
    proqram: course.programme,
    merkez: course.provider,
    status: TRAINING_STATUS.encode(course.status),
    bitme_tarixi: course.completedOn,
  }));
  await db.transaction(async (trx) => {
    await trx('peshe_kurs').delete();
    await trx.batchInsert('peshe_kurs', rows, CHUNK);
  });
  return rows.length;
}
