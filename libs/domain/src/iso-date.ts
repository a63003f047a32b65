// Plain calendar dates as ISO strings ('YYYY-MM-DD'). A date in this domain is a day on the
// Norwegian calendar (an assessment date, a certificate's last valid day), never an instant, so
// time zones must not enter: two such strings compare correctly with plain string comparison.

/** An ISO calendar date, 'YYYY-MM-DD'. A type alias for readability, not a brand. */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True for a well-formed 'YYYY-MM-DD' string that names a real day (no 2024-02-31). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  return isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Throws a RangeError naming the argument, so a bad date fails where it entered. */
export function assertIsoDate(value: unknown, name: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`${name} must be an ISO date 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
  }
}

/** Builds 'YYYY-MM-DD' from parts; throws for a day that does not exist. */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  if (!isValidCalendarDate(year, month, day)) {
    throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds (or with a negative number subtracts) whole days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertIsoDate(date, 'date');
  // UTC arithmetic is free of daylight-saving jumps; setUTCFullYear avoids Date's 19xx
  // mapping of two-digit years.
  const d = new Date(0);
  d.setUTCFullYear(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return isoDateFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds whole years; 29 February falls back to 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  assertIsoDate(date, 'date');
  const year = yearOf(date) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return isoDateFromParts(year, month, day);
}

/**
 * Adds whole months; a day past the end of the target month falls back to its last day
 * (31 January + 1 month = 28 or 29 February), as certificate validity in months is counted.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = yearOf(date) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return isoDateFromParts(
    year,
    month,
    Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)),
  );
}

const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The day an instant falls on in Norway, so a server in UTC does not roll over at 01:00 local
 * time. Realkompetanse, expiry and horizons are about Norwegian calendar days; the API, its
 * integration tests and the import tools all take "today" from here.
 */
export function todayInNorway(now: Date = new Date()): IsoDate {
  const parts = Object.fromEntries(OSLO.formatToParts(now).map((part) => [part.type, part.value]));
  return isoDateFromParts(Number(parts.year), Number(parts.month), Number(parts.day));
}
