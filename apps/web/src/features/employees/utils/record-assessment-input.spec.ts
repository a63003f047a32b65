import {
  initialRecordAssessmentValues,
  missingAssessmentFields,
  toRecordAssessmentInput,
} from './record-assessment-input';

describe('record assessment form', () => {
  it('starts as a leader assessment dated today', () => {
    expect(initialRecordAssessmentValues('2026-03-01', 'c1')).toEqual({
      competenceId: 'c1',
      level: '',
      source: 'LEADER_ASSESSED',
      evidence: '',
      assessedOn: '2026-03-01',
      validUntil: '',
    });
  });

  it('asks for competence and level before sending', () => {
    expect(missingAssessmentFields(initialRecordAssessmentValues('2026-03-01'))).toEqual({
      competenceId: 'recordAssessment.competenceRequired',
      level: 'recordAssessment.levelRequired',
    });
  });

  it('accepts level 0 as a chosen level', () => {
    const values = { ...initialRecordAssessmentValues('2026-03-01', 'c1'), level: '0' };
    expect(missingAssessmentFields(values)).toEqual({});
    expect(toRecordAssessmentInput('e1', values).level).toBe(0);
  });

  it('sends empty optional fields as null and trims the evidence', () => {
    const input = toRecordAssessmentInput('e1', {
      competenceId: 'c1',
      level: '3',
      source: 'INFORMAL',
      evidence: '  Observert i praksis  ',
      assessedOn: '',
      validUntil: '2027-03-01',
    });
    expect(input).toEqual({
      employeeId: 'e1',
      competenceId: 'c1',
      level: 3,
      source: 'INFORMAL',
      evidence: 'Observert i praksis',
      assessedOn: null,
      validUntil: '2027-03-01',
    });
  });
});
