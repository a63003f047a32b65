import { isoDateFromParts, type IsoDate } from '@kp/domain';

const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date on the Norwegian calendar. Realkompetanse and expiry are about Norwegian days,
 * so a server in UTC must not roll over at 01:00 or 02:00 local time.
 */
export function todayInNorway(now: Date = new Date()): IsoDate {
  const parts = Object.fromEntries(OSLO.formatToParts(now).map((part) => [part.type, part.value]));
  return isoDateFromParts(Number(parts.year), Number(parts.month), Number(parts.day));
}

/** Adds whole months; the 31st falls back to the month's last day (as addYears does). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return isoDateFromParts(targetYear, targetMonth, Math.min(day, lastDay));
}
