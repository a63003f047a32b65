import { settingsProblems, settingsValues, toUpdateSettingsInput } from './settings-form';

const stored = {
  id: 'r',
  name: 'Gjøvikregionen (ReKs)',
  minGroupSize: 5,
  retirementAge: 67,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
};

describe('the settings form', () => {
  it('starts from what is stored', () => {
    expect(settingsValues(stored)).toEqual({
      minGroupSize: '5',
      retirementAge: '67',
      sessionIdleMinutes: '30',
      sessionAbsoluteHours: '12',
    });
  });

  it('sends whole numbers, leaving the ranges to the API', () => {
    const values = { ...settingsValues(stored), minGroupSize: ' 2 ', sessionIdleMinutes: '1440' };
    expect(settingsProblems(values)).toEqual({});
    expect(toUpdateSettingsInput(values)).toEqual({
      minGroupSize: 2,
      retirementAge: 67,
      sessionIdleMinutes: 1440,
      sessionAbsoluteHours: 12,
    });
  });

  it('explains what is not a whole number', () => {
    const values = { ...settingsValues(stored), minGroupSize: '', retirementAge: '6,5' };
    expect(settingsProblems({ ...values, sessionAbsoluteHours: '-1' })).toEqual({
      minGroupSize: 'admin.settings.wholeNumber',
      retirementAge: 'admin.settings.wholeNumber',
      sessionAbsoluteHours: 'admin.settings.wholeNumber',
    });
    expect(() => toUpdateSettingsInput(values)).toThrow();
  });
});
