import type { AppraisalCycle } from './appraisal-types';
import {
  cycleProblems,
  cycleValues,
  newCycleValues,
  toCreateCycleInput,
  toUpdateCycleInput,
} from './cycle-form-values';

const CYCLE: AppraisalCycle = {
  id: 'cy1',
  name: 'Medarbeidersamtaler 2026',
  opensOn: '2026-09-01',
  closesOn: '2026-12-15',
  status: 'OPEN',
  version: 3,
  municipalityId: 'm1',
  municipality: { id: 'm1', name: 'Gjøvik' },
};

describe('cycle form', () => {
  it("proposes the coming autumn's round", () => {
    expect(newCycleValues('2026-11-25')).toEqual({
      name: 'Medarbeidersamtaler 2027',
      opensOn: '2027-09-01',
      closesOn: '2027-12-15',
    });
    expect(newCycleValues('2027-03-10').name).toBe('Medarbeidersamtaler 2027');
  });

  it('asks for name and dates, and a deadline not before the opening', () => {
    expect(cycleProblems({ name: ' ', opensOn: '', closesOn: '' })).toEqual({
      name: 'appraisals.cycles.nameRequired',
      opensOn: 'appraisals.cycles.opensOnRequired',
      closesOn: 'appraisals.cycles.closesOnRequired',
    });
    expect(cycleProblems({ name: 'X', opensOn: '2027-09-01', closesOn: '2027-08-31' })).toEqual({
      closesOn: 'appraisals.cycles.closesBeforeOpens',
    });
    expect(cycleProblems({ name: 'X', opensOn: '2027-09-01', closesOn: '2027-09-01' })).toEqual({});
  });

  it('creates with a trimmed name in the municipality', () => {
    expect(
      toCreateCycleInput('m1', {
        name: ' Runde 2027 ',
        opensOn: '2027-09-01',
        closesOn: '2027-12-15',
      }),
    ).toEqual({
      municipalityId: 'm1',
      name: 'Runde 2027',
      opensOn: '2027-09-01',
      closesOn: '2027-12-15',
    });
  });

  it('updates only what changed, with the version that was read', () => {
    expect(toUpdateCycleInput(CYCLE, cycleValues(CYCLE))).toEqual({ id: 'cy1', version: 3 });
    expect(toUpdateCycleInput(CYCLE, { ...cycleValues(CYCLE), closesOn: '2026-12-20' })).toEqual({
      id: 'cy1',
      version: 3,
      closesOn: '2026-12-20',
    });
  });
});
