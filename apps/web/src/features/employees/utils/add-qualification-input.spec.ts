import {
  initialQualificationValues,
  missingQualificationFields,
  toAddQualificationInput,
  type AddQualificationValues,
} from './add-qualification-input';

const FILLED: AddQualificationValues = {
  kind: 'CERTIFICATE',
  title: ' HLR voksne ',
  issuer: '',
  obtainedOn: '2026-02-01',
  expiresOn: '',
  competences: [
    { key: 0, competenceId: 'c1', level: '3' },
    { key: 1, competenceId: '', level: '' },
  ],
};

describe('add qualification form', () => {
  it('asks for title, date and a competence on an empty form', () => {
    expect(missingQualificationFields(initialQualificationValues())).toEqual({
      title: 'addQualification.titleRequired',
      obtainedOn: 'addQualification.obtainedOnRequired',
      competences: 'addQualification.competenceRequired',
    });
  });

  it('points out a half-filled competence row', () => {
    const values = {
      ...FILLED,
      competences: [{ key: 0, competenceId: 'c1', level: '' }],
    };
    expect(missingQualificationFields(values)).toEqual({
      competences: 'addQualification.rowIncomplete',
    });
  });

  it('drops blank rows, trims texts and leaves the expiry to the API when empty', () => {
    expect(missingQualificationFields(FILLED)).toEqual({});
    expect(toAddQualificationInput('e1', FILLED)).toEqual({
      employeeId: 'e1',
      kind: 'CERTIFICATE',
      title: 'HLR voksne',
      issuer: null,
      obtainedOn: '2026-02-01',
      expiresOn: null,
      competences: [{ competenceId: 'c1', level: 3 }],
    });
  });
});
