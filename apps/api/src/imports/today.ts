import type { IsoDate } from '@kp/domain';

/** Today's date on the Norwegian calendar, whatever time zone the server runs in. */
export function todayInNorway(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
