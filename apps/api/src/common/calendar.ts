import { isoDateFromParts, type IsoDate } from '@kp/domain';

// Kept free of Nest imports: the integration tests compute "today" the way the API does.
// Realkompetanse and expiry are about Norwegian calendar days.

const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today on the Norwegian calendar, so a server in UTC does not roll over at 01:00 local time. */
export function todayInNorway(now: Date = new Date()): IsoDate {
  const parts = Object.fromEntries(OSLO.formatToParts(now).map((part) => [part.type, part.value]));
  return isoDateFromParts(Number(parts.year), Number(parts.month), Number(parts.day));
}
