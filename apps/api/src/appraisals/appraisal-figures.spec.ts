import { appraisalFigure, exactFigure, protectedFigure } from './appraisal-figures';

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

  it('keep the rounded flag they are given', () => {
    expect(appraisalFigure(7, true)).toMatchObject({ value: 7, rounded: true });
    expect(appraisalFigure(7, false)).toMatchObject({ value: 7, rounded: false });
  });
});
