import { createCodeBook } from '@dost/subgraph-kit';
import type { TrainingStatus } from './TrainingRecord.ts';

/**
 * peshe_kurs.status: qeydiyyatda, bitirib, tərk edib. Written once so that the registry
 * (decode) and the seed (encode) cannot disagree.
 */
export const TRAINING_STATUS = createCodeBook<TrainingStatus>('peshe_kurs.status', {
  ENROLLED: 'Q',
  COMPLETED: 'B',
  DROPPED_OUT: 'T',
});
