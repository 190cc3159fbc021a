export type TrainingStatus = 'ENROLLED' | 'COMPLETED' | 'DROPPED_OUT';

/** A vocational-training course as the graph sees it; it carries its owner's FIN. */
export interface TrainingRecord {
  readonly id: number;
  readonly fin: string;
  readonly programme: string;
  readonly provider: string;
  readonly status: TrainingStatus;
  readonly completedOn: string | null;
}
