import { daysBetween, timelineBar, timelineMonths } from './timeline';

const SPRING = { start: '2027-01-01', end: '2027-06-30' }; // 181 days

describe('the half-year timeline', () => {
  it('counts days across month ends and leap days', () => {
    expect(daysBetween('2027-01-01', '2027-06-30')).toBe(180);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });

  it('places a measure inside the period by its days, both ends included', () => {
    const bar = timelineBar(SPRING, { startsOn: '2027-01-01', endsOn: '2027-01-31' });
    expect(bar.offset).toBe(0);
    expect(bar.width).toBeCloseTo(31 / 181, 10);
    expect(bar).toMatchObject({ startsBefore: false, endsAfter: false, outside: false });

    const oneDay = timelineBar(SPRING, { startsOn: '2027-06-30', endsOn: '2027-06-30' });
    expect(oneDay.offset).toBeCloseTo(180 / 181, 10);
    expect(oneDay.width).toBeCloseTo(1 / 181, 10);
  });

  it('cuts a measure reaching past the period at its edges and says so', () => {
    const bar = timelineBar(SPRING, { startsOn: '2026-11-01', endsOn: '2027-08-31' });
    expect(bar).toEqual({
      offset: 0,
      width: 1,
      startsBefore: true,
      endsAfter: true,
      outside: false,
    });
  });

  it('draws no bar for a measure wholly outside the period', () => {
    expect(timelineBar(SPRING, { startsOn: '2027-07-01', endsOn: '2027-07-02' })).toMatchObject({
      width: 0,
      outside: true,
    });
  });

  it('divides the period into its six months', () => {
    const months = timelineMonths(SPRING);
    expect(months.map((month) => month.first)).toEqual([
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-01',
      '2027-06-01',
    ]);
    expect(months[1].width).toBeCloseTo(28 / 181, 10);
    expect(months.reduce((sum, month) => sum + month.width, 0)).toBeCloseTo(1, 10);
    expect(timelineMonths({ start: '2026-07-01', end: '2026-12-31' })[5].first).toBe('2026-12-01');
  });
});
