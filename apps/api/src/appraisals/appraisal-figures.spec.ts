import {
  appraisalFigure,
  completionFigures,
  exactFigure,
  protectedFigure,
} from './appraisal-figures';

describe('appraisal figures', () => {
  it('are exact or rounded, never hidden', () => {
    expect(exactFigure(3)).toEqual({
      value: 3,
      suppressed: false,
      reasonCode: null,
      reason: null,
      rounded: false,
    });
    expect(protectedFigure({ count: 5, fteUnits: 0, rounded: true })).toEqual({
      value: 5,
      suppressed: false,
      reasonCode: null,
      reason: null,
      rounded: true,
    });
  });

  it('give the share of signed-off talks, and none without employees', () => {
    expect(completionFigures(exactFigure(10), exactFigure(2)).completedShare).toBe(0.2);
    expect(
      completionFigures(appraisalFigure(0, true), appraisalFigure(0, true)).completedShare,
    ).toBeNull();
    expect(completionFigures(appraisalFigure(20, true), appraisalFigure(15, true))).toMatchObject({
      employees: { value: 20, rounded: true },
      completed: { value: 15, rounded: true },
      completedShare: 0.75,
    });
  });
});
