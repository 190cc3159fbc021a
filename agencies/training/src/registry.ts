import type { Knex } from '@dost/subgraph-kit';
import { TRAINING_STATUS } from './legacyCodes.ts';
import type { TrainingRecord } from './TrainingRecord.ts';

interface CourseRow {
  id: number;
  fin: string;
  proqram: string;
  merkez: string;
  status: string;
  bitme_tarixi: string | null;
}

/** Read access to the training registry; the only module here that speaks SQL. */
export interface TrainingRegistry {
  /** Every course of these citizens, oldest first: the latest of each FIN comes last. */
  coursesByFin(fins: readonly string[]): Promise<TrainingRecord[]>;
}

export function createTrainingRegistry(db: Knex): TrainingRegistry {
  return {
    async coursesByFin(fins) {
      const rows: CourseRow[] = await db('peshe_kurs')
        .select('*')
        .whereIn('fin', fins)
        .orderBy('id');
      return rows.map(toTrainingRecord);
    },
  };
}

// Ids are BIGINT columns; `Number` keeps them numbers whichever driver returned them. A status
// code the graph does not model throws (see createCodeBook): never guessed, never dropped.
function toTrainingRecord(row: CourseRow): TrainingRecord {
  return {
    id: Number(row.id),
    fin: row.fin,
    programme: row.proqram,
    provider: row.merkez,
    status: TRAINING_STATUS.decode(row.status),
    completedOn: row.bitme_tarixi,
  };
}
