import { describeEmployeeChanges, pickFields, type EmployeeValues } from './employee-changes';

const BEFORE: EmployeeValues = {
  givenName: 'Kari',
  familyName: 'Nordmann',
  unitId: 'u1',
  unitName: 'Hov sykehjem',
  positionTitle: 'Helsefagarbeider',
  professionCode: '5321',
  fte: 80,
  employmentType: 'TEMPORARY',
  birthYear: 1980,
  startDate: '2015-08-01',
  active: true,
};

describe('describeEmployeeChanges', () => {
  it('writes values the way the file writes them', () => {
    const after: EmployeeValues = {
      ...BEFORE,
      unitId: 'u2',
      unitName: 'Hjemmetjenesten',
      professionCode: '2223',
      fte: 66.67,
      employmentType: 'PERMANENT',
      startDate: '2016-01-04',
      active: false,
      birthYear: null,
    };
    expect(
      describeEmployeeChanges(
        ['unitId', 'professionCode', 'fte', 'employmentType', 'startDate', 'active', 'birthYear'],
        BEFORE,
        after,
      ),
    ).toEqual([
      { field: 'unitId', label: 'Enhet', from: 'Hov sykehjem', to: 'Hjemmetjenesten' },
      {
        field: 'professionCode',
        label: 'Yrkeskode',
        from: '5321 Helsefagarbeidere',
        to: '2223 Sykepleiere',
      },
      { field: 'fte', label: 'Stillingsprosent', from: '80', to: '66,67' },
      { field: 'employmentType', label: 'Ansettelsesform', from: 'midlertidig', to: 'fast' },
      { field: 'startDate', label: 'Startdato', from: '01.08.2015', to: '04.01.2016' },
      { field: 'active', label: 'Aktiv', from: 'ja', to: 'nei' },
      { field: 'birthYear', label: 'Fødselsår', from: '1980', to: '' },
    ]);
  });

  it('writes 50,5 with one decimal', () => {
    expect(describeEmployeeChanges(['fte'], BEFORE, { ...BEFORE, fte: 50.5 })[0].to).toBe('50,5');
  });
});

describe('pickFields', () => {
  it('keeps the changed fields with stored values', () => {
    expect(pickFields({ ...BEFORE, fte: '80.00' as unknown as number }, ['fte', 'unitId'])).toEqual(
      {
        fte: 80,
        unitId: 'u1',
      },
    );
  });
});
