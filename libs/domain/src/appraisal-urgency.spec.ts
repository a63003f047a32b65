import { appraisalPace, type OutstandingAppraisal } from './appraisal-urgency';

const person = (
  employeeId: string,
  started = false,
  lastTalkOn: string | null = null,
): OutstandingAppraisal => ({
  employeeId,
  started,
  lastTalkOn,
});

describe('appraisalPace', () => {
  const eight = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) =>
    person(id, false, '2025-05-01'),
  );

  it.each([
    // 8 remain: 27 days with the closing day → 4 weeks → 2 a week
    ['2026-11-04', '2026-11-30', 4, 2],
    // closing in 6 days: one week → all 8 this week
    ['2026-11-24', '2026-11-30', 1, 8],
    // closing today: still one week
    ['2026-11-30', '2026-11-30', 1, 8],
    // 29 days with the closing day → 5 weeks → ceil(8 / 5) = 2
    ['2026-11-02', '2026-11-30', 5, 2],
  ])(
    'on %s with the cycle closing %s: %i weeks left, %i a week',
    (today, closesOn, weeks, perWeek) => {
      const pace = appraisalPace(eight, closesOn, today);
      expect(pace.weeksLeft).toBe(weeks);
      expect(pace.perWeek).toBe(perWeek);
      expect(pace.order.filter((o) => o.urgency === 'THIS_WEEK')).toHaveLength(perWeek);
    },
  );

  it('marks not all alike: begun drafts first, then who waited longest, then the given order', () => {
    const pace = appraisalPace(
      [
        person('recent', false, '2025-11-01'),
        person('never', false, null),
        person('draft', true, '2025-10-01'),
        person('old', false, '2024-09-01'),
        person('also-recent', false, '2025-11-01'),
      ],
      '2026-12-31',
      '2026-11-03',
    );
    expect(pace.order).toEqual([
      { employeeId: 'draft', urgency: 'THIS_WEEK' },
      { employeeId: 'never', urgency: 'LATER' },
      { employeeId: 'old', urgency: 'LATER' },
      { employeeId: 'recent', urgency: 'LATER' },
      { employeeId: 'also-recent', urgency: 'LATER' },
    ]);
    // 59 days with the closing day → 9 weeks → ceil(5 / 9) = 1 a week
    expect(pace.perWeek).toBe(1);
  });

  it('makes every outstanding talk overdue after the deadline', () => {
    const pace = appraisalPace([person('a'), person('b', true)], '2026-11-30', '2026-12-01');
    expect(pace.perWeek).toBe(0);
    expect(pace.order).toEqual([
      { employeeId: 'b', urgency: 'OVERDUE' },
      { employeeId: 'a', urgency: 'OVERDUE' },
    ]);
  });

  it('needs nothing when nobody remains', () => {
    expect(appraisalPace([], '2026-11-30', '2026-11-01')).toEqual({
      perWeek: 0,
      weeksLeft: 5,
      order: [],
    });
  });
});
