import { completionFigures, figure } from './appraisal-figures';

describe('figure', () => {
  it('hides 1 to k − 1 people for callers without access, and shows zero', () => {
    expect(figure(3, false, 5)).toEqual({
      value: null,
      suppressed: true,
      reasonCode: 'FEWER_THAN_K',
      reason: 'Skjult: færre enn 5 personer',
    });
    expect(figure(0, false, 5)).toMatchObject({ value: 0, suppressed: false });
    expect(figure(5, false, 5)).toMatchObject({ value: 5, suppressed: false });
    expect(figure(3, true, 5)).toEqual({
      value: 3,
      suppressed: false,
      reasonCode: null,
      reason: null,
    });
  });
});

describe('completionFigures', () => {
  it('is exact for callers with access', () => {
    const { rows, total } = completionFigures(
      [
        { employees: 10, completed: 2 },
        { employees: 4, completed: 4 },
      ],
      true,
      5,
    );
    expect(
      rows.map((row) => [row.employees.value, row.completed.value, row.completedShare]),
    ).toEqual([
      [10, 2, 0.2],
      [4, 4, 1],
    ]);
    expect(total.completedShare).toBe(6 / 14);
  });

  it('hides small rows and what would give them away', () => {
    const { rows, total } = completionFigures(
      [
        { employees: 40, completed: 30 },
        { employees: 30, completed: 2 },
        { employees: 50, completed: 25 },
      ],
      false,
      5,
    );
    // 2 completed is hidden; the row's "not completed" (28) would give it away from its 30
    // employees, so that is hidden too, and then one more in each column: in the end no
    // row's completed count can be worked out, while employees and the totals stay visible
    expect(rows.map((row) => row.completed.reasonCode)).toEqual([
      'COMPLEMENTARY',
      'FEWER_THAN_K',
      'COMPLEMENTARY',
    ]);
    expect(rows.map((row) => row.employees.value)).toEqual([40, 30, 50]);
    expect(rows.every((row) => row.completedShare === null)).toBe(true);
    expect(total).toMatchObject({
      employees: { value: 120 },
      completed: { value: 57 },
      completedShare: 57 / 120,
    });
  });

  it('hides a small unit as a whole', () => {
    const { total } = completionFigures([{ employees: 3, completed: 1 }], false, 5);
    expect(total.employees).toMatchObject({ value: null, suppressed: true });
    expect(total.completed).toMatchObject({ value: null, suppressed: true });
    expect(total.completedShare).toBeNull();
  });
});
