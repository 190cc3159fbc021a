/** DOST's mean service time and queue wait for a year, in whole seconds. */
export interface KpiTarget {
  readonly serviceSeconds: number;
  readonly queueWaitSeconds: number;
}

/**
 * The figures DOST published (issue 12): 9:39 service and 3:54 wait in 2019, 7:05 and 2:57
 * in 2023. The seeded visits of a year centre on its target.
 */
export const PUBLISHED_KPIS: Readonly<Record<2019 | 2023, KpiTarget>> = {
  2019: { serviceSeconds: 579, queueWaitSeconds: 234 },
  2023: { serviceSeconds: 425, queueWaitSeconds: 177 },
};

/**
 * A year's target: the published figures, a straight line between them for 2020–2022, and
 * flat at 2023's after it (the published trend cannot fall for ever, and nothing later was
 * published); a year before 2019 has 2019's.
 */
export function kpiTargetOf(year: number): KpiTarget {
  const first = PUBLISHED_KPIS[2019];
  const last = PUBLISHED_KPIS[2023];
  const t = Math.min(1, Math.max(0, (year - 2019) / (2023 - 2019)));
  return {
    serviceSeconds: Math.round(
      first.serviceSeconds + t * (last.serviceSeconds - first.serviceSeconds),
    ),
    queueWaitSeconds: Math.round(
      first.queueWaitSeconds + t * (last.queueWaitSeconds - first.queueWaitSeconds),
    ),
  };
}
