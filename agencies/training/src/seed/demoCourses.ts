import type { TrainingRecord } from '../TrainingRecord.ts';

/** A course to write, before the registry gives it an id. */
export type SeedCourse = Omit<TrainingRecord, 'id'>;

/**
 * The demo citizens the graph's walkthroughs use, with fixed courses whatever FINs the seed is
 * given, so a demo or a test can name what it expects.
 */
export const DEMO_COURSES: readonly SeedCourse[] = [
  {
    fin: '5ZK7P2Q',
    programme: 'Bookkeeping for small enterprises',
    provider: 'Sumqayıt Peşə Təhsil Mərkəzi',
    status: 'COMPLETED',
    completedOn: '2024-06-28',
  },
  {
    fin: '7DMV4LA',
    programme: 'Computer literacy, level 1',
    provider: 'Gəncə Peşə Təhsil Mərkəzi',
    status: 'DROPPED_OUT',
    completedOn: null,
  },
  {
    fin: '3HRT9WX',
    programme: 'Welding (MIG/MAG), level 2',
    provider: 'Bakı Peşə Təhsil Mərkəzi',
    status: 'ENROLLED',
    completedOn: null,
  },
];
