/** Azerbaijan's offset from UTC: +04:00 all year (no daylight saving since 2016). */
const BAKU_OFFSET_MS = 4 * 60 * 60 * 1000;

/**
 * Today's date in Azerbaijan, `YYYY-MM-DD`: the day a consent's `until` is compared with. A
 * consent "until 2027-01-31" holds through that day where the citizen gave it, not in UTC.
 */
export function bakuToday(now: number = Date.now()): string {
  return new Date(now + BAKU_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Baku date `days` days after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
