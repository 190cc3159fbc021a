/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so that no time zone can move a
 * date. ISO dates compare correctly as strings, which the generator relies on.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && fromDayNumber(toDayNumber(value)) === value;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(iso: string): number {
  return Date.UTC(yearOf(iso), monthOf(iso) - 1, dayOf(iso)) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

function dayOf(iso: string): number {
  return Number(iso.slice(8, 10));
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Adds calendar months; the day is clamped to the target month (Jan 31 + 1 → Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const total = yearOf(iso) * 12 + monthOf(iso) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, Math.min(dayOf(iso), lastDay));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** First day of the month `iso` falls in. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/** Completed years of age on `on` for someone born on `birth`. */
export function ageOn(birth: string, on: string): number {
  const years = yearOf(on) - yearOf(birth);
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Whole months from the month of `from` to the month of `to` (day of month ignored). */
export function monthsBetween(from: string, to: string): number {
  return (yearOf(to) - yearOf(from)) * 12 + monthOf(to) - monthOf(from);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
