/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so that no time zone can move a
 * date. ISO dates compare correctly as strings, which the generator relies on. Whether a
 * string is such a date at all is @dost/platform's isIsoDate, the one date rule.
 */

/** Days since 1970-01-01 (negative before); proleptic Gregorian, as in Date.UTC. */
export function toDayNumber(iso: string): number {
  return daysFromCivil(yearOf(iso), monthOf(iso), dayOf(iso));
}

/**
 * Inverse of `toDayNumber`. Pure arithmetic (H. Hinnant's civil-from-days) instead of
 * `Date#toISOString`: the generator formats millions of dates and this is several times
 * faster.
 */
export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

// Digits are read with charCodeAt rather than slice + Number: no garbage strings, and the
// generator reads millions of dates.
export function yearOf(iso: string): number {
  return digits(iso, 0, 4);
}

export function monthOf(iso: string): number {
  return digits(iso, 5, 7);
}

function dayOf(iso: string): number {
  return digits(iso, 8, 10);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Adds calendar months; the day is clamped to the target month (Jan 31 + 1 → Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const total = yearOf(iso) * 12 + monthOf(iso) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return isoDate(year, month, Math.min(dayOf(iso), daysInMonth(year, month)));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** Month number (year·12 + month − 1) of `iso`, for counting months with integers. */
export function monthIndexOf(iso: string): number {
  return yearOf(iso) * 12 + monthOf(iso) - 1;
}

const dayStrings = new Map<number, string>();

/**
 * Day `day` (1–31) of month number `monthIndex`, as an ISO string. Payment dates repeat
 * across millions of rows; sharing one string per date saves most of their garbage.
 */
export function isoDateInMonth(monthIndex: number, day: number): string {
  const key = monthIndex * 32 + day;
  let iso = dayStrings.get(key);
  if (iso === undefined) {
    const year = Math.floor(monthIndex / 12);
    iso = isoDate(year, monthIndex - year * 12 + 1, day);
    dayStrings.set(key, iso);
  }
  return iso;
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
