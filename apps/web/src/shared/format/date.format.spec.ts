import { formatDate, formatDateTime, localIsoDate } from './date.format';

describe('formatDate', () => {
  it.each([
    ['2026-11-22', '22.11.2026'],
    ['2026-01-05', '05.01.2026'],
    ['2024-02-29', '29.02.2024'],
  ])('reads the calendar day %p as %p, whatever the time zone', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });

  it('formats a Date in local time', () => {
    expect(formatDate(new Date(2026, 10, 22, 23, 59))).toBe('22.11.2026');
    expect(formatDate(new Date(2026, 0, 1, 0, 0))).toBe('01.01.2026');
  });

  it('formats a full ISO timestamp in local time', () => {
    const local = new Date(2026, 10, 22, 14, 5);
    expect(formatDate(local.toISOString())).toBe('22.11.2026');
  });

  it.each([null, undefined, '', 'not a date', '2026-02-30', '2026-13-01', new Date(NaN)])(
    'shows a dash for %p',
    (value) => {
      expect(formatDate(value)).toBe('–');
    },
  );
});

describe('formatDateTime', () => {
  it('adds hours and minutes with a colon', () => {
    expect(formatDateTime(new Date(2026, 10, 22, 14, 5))).toBe('22.11.2026 14:05');
    expect(formatDateTime(new Date(2026, 10, 22, 9, 0))).toBe('22.11.2026 09:00');
  });

  it('shows only the date for a date-only value', () => {
    expect(formatDateTime('2026-11-22')).toBe('22.11.2026');
  });

  it('shows a dash for a missing value', () => {
    expect(formatDateTime(null)).toBe('–');
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar day with zero-padding', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 22, 0, 0))).toBe('2026-11-22');
  });
});
