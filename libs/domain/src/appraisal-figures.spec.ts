import { completionFigures } from './appraisal-figures';

describe('completionFigures', () => {
  it.each([
    ['a share of the employees', 10, 2, 0.2],
    ['everyone', 4, 4, 1],
    ['no one signed off', 7, 0, 0],
    ['rounded figures, as shown', 20, 15, 0.75],
    ['no employees', 0, 0, null],
    ['no employees but a rounded count of talks', 0, 3, null],
    ['a missing employee figure', null, 3, null],
    ['a missing count of talks', 12, null, null],
  ])('%s: %s employees, %s signed off → %s', (_label, employees, completed, share) => {
    const figures = completionFigures(
      { value: employees, rounded: true },
      { value: completed, rounded: false },
    );
    expect(figures).toEqual({
      employees: { value: employees, rounded: true },
      completed: { value: completed, rounded: false },
      completedShare: share,
    });
  });
});
