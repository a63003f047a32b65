import { MISSING_VALUE } from './number.format';

/**
 * Norwegian dates without the runtime's Intl locale data: `22.11.2026` and
 * `22.11.2026 14:05`. A date-only ISO string (`2026-11-22`) is read as that
 * calendar day, never shifted by the time zone; other values are shown in the
 * browser's local time.
 */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateInput = Date | string | null | undefined;

export function formatDate(value: DateInput): string {
  const parts = toParts(value);
  if (!parts) return MISSING_VALUE;
  return `${pad(parts.day)}.${pad(parts.month)}.${parts.year}`;
}

export function formatDateTime(value: DateInput): string {
  if (typeof value === 'string' && DATE_ONLY.test(value)) return formatDate(value);
  const parts = toParts(value);
  if (!parts) return MISSING_VALUE;
  return `${formatDate(value)} ${pad(parts.hours)}:${pad(parts.minutes)}`;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
}

function toParts(value: DateInput): DateParts | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value);
    if (match) {
      const [year, month, day] = match.slice(1).map(Number);
      return isRealDay(year, month, day) ? { year, month, day, hours: 0, minutes: 0 } : null;
    }
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hours: date.getHours(),
    minutes: date.getMinutes(),
  };
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The calendar day in the browser's time zone as an ISO date (`2026-11-22`). */
export function localIsoDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
