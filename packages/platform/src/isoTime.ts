const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A calendar day `YYYY-MM-DD` that exists (the graph's `Date`). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && roundTrips(`${value}T00:00:00.000Z`);
}

/** An instant `YYYY-MM-DDTHH:mm:ss.sssZ` that exists (the graph's `DateTime`). */
export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && roundTrips(value);
}

/** The round trip rejects impossible days such as 2026-02-30. */
function roundTrips(instant: string): boolean {
  const time = Date.parse(instant);
  return !Number.isNaN(time) && new Date(time).toISOString() === instant;
}
