import {
  allowedMeasureTransitions,
  measureTransitionProblem,
  type MeasureStatus,
} from './measure-status';

describe('measure status transitions', () => {
  it.each<[MeasureStatus, MeasureStatus, boolean]>([
    ['PLANNED', 'OPEN', true],
    ['PLANNED', 'RUNNING', true],
    ['PLANNED', 'COMPLETED', false],
    ['PLANNED', 'CANCELLED', true],
    ['OPEN', 'PLANNED', true],
    ['OPEN', 'RUNNING', true],
    ['OPEN', 'COMPLETED', false],
    ['RUNNING', 'COMPLETED', true],
    ['RUNNING', 'OPEN', true],
    ['RUNNING', 'PLANNED', false],
    ['RUNNING', 'CANCELLED', true],
    ['COMPLETED', 'RUNNING', false],
    ['COMPLETED', 'CANCELLED', false],
    ['CANCELLED', 'COMPLETED', false],
    ['CANCELLED', 'OPEN', false],
    ['CANCELLED', 'RUNNING', false],
    ['CANCELLED', 'PLANNED', true],
    ['OPEN', 'OPEN', true],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(measureTransitionProblem(from, to) === null).toBe(allowed);
  });

  it('says why a cancelled measure cannot be completed', () => {
    expect(measureTransitionProblem('CANCELLED', 'COMPLETED')).toEqual({
      field: 'status',
      code: 'STATUS_NOT_ALLOWED',
      message:
        'Et avlyst tiltak kan ikke fullføres. Sett det til «planlagt» først hvis det likevel skal gjennomføres',
    });
  });

  it('names the allowed steps, and a final status', () => {
    expect(measureTransitionProblem('PLANNED', 'COMPLETED')?.message).toBe(
      'Et tiltak som er «planlagt», kan ikke settes til «fullført» (bare «åpen for påmelding», «pågår», «avlyst»)',
    );
    expect(measureTransitionProblem('COMPLETED', 'RUNNING')?.message).toBe(
      'Et tiltak som er «fullført», kan ikke settes til «pågår» (statusen er endelig)',
    );
  });

  it('lists where each status may go', () => {
    expect(allowedMeasureTransitions('COMPLETED')).toEqual([]);
    expect(allowedMeasureTransitions('CANCELLED')).toEqual(['PLANNED']);
  });
});
