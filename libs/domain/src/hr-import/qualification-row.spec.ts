import type { CellValue } from './cell-value';
import { mapHeaders } from './header-mapping';
import {
  QUALIFICATION_FIELDS,
  readQualificationKind,
  validateQualificationRow,
  type QualificationRowContext,
} from './qualification-row';

const HEADERS = [
  'Ansattnr',
  'Kvalifikasjon',
  'Type',
  'Oppnådd dato',
  'Utløpsdato',
  'Kompetanse',
  'Nivå',
];

function context(headers = HEADERS): QualificationRowContext {
  const mapped = mapHeaders(headers, QUALIFICATION_FIELDS);
  if (!('map' in mapped)) throw new Error(JSON.stringify(mapped.issues));
  return {
    map: mapped.map,
    today: '2026-03-01',
    findCompetence: (name) =>
      name.toLowerCase() === 'hlr'
        ? { id: 'c-hlr', name: 'HLR', levels: [0, 1, 2, 3, 4] }
        : name === 'Sårstell'
          ? { id: 'c-sar', name: 'Sårstell', levels: [0, 2, 4] }
          : name === 'Demens'
            ? 'AMBIGUOUS'
            : null,
  };
}

const GOOD: CellValue[] = [
  'S-1001',
  'HLR-kurs',
  'Sertifikat',
  '15.01.2026',
  '15.01.2027',
  'hlr',
  '3',
];

function validate(change: Record<number, CellValue>) {
  const cells = [...GOOD];
  for (const [index, value] of Object.entries(change)) cells[Number(index)] = value;
  return validateQualificationRow({ rowNumber: 4, cells }, context());
}

describe('validateQualificationRow', () => {
  it('reads a good row', () => {
    expect(validate({})).toEqual({
      key: 'S-1001',
      issues: [],
      record: {
        rowNumber: 4,
        employeeNumber: 'S-1001',
        title: 'HLR-kurs',
        kind: 'CERTIFICATE',
        issuer: null,
        obtainedOn: '2026-01-15',
        expiresOn: '2027-01-15',
        competenceId: 'c-hlr',
        level: 3,
      },
    });
  });

  it('accepts a qualification without expiry or competence', () => {
    expect(validate({ 4: '', 5: '', 6: '' }).record).toMatchObject({
      expiresOn: null,
      competenceId: null,
      level: null,
    });
  });

  it.each([
    [{ 2: 'diplom' }, 'Type', 'INVALID_KIND'],
    [{ 2: '' }, 'Type', 'REQUIRED'],
    [{ 3: '' }, 'Oppnådd dato', 'REQUIRED'],
    [{ 3: '2026-13-01' }, 'Oppnådd dato', 'INVALID_DATE'],
    [{ 3: '01.01.2027' }, 'Oppnådd dato', 'DATE_OUT_OF_RANGE'],
    [{ 4: '01.01.2025' }, 'Utløpsdato', 'EXPIRES_BEFORE_OBTAINED'],
    [{ 5: 'Fallskjermhopping' }, 'Kompetanse', 'UNKNOWN_COMPETENCE'],
    [{ 5: 'Demens' }, 'Kompetanse', 'UNKNOWN_COMPETENCE'],
    [{ 6: '' }, 'Nivå', 'REQUIRED'],
    [{ 6: '7' }, 'Nivå', 'LEVEL_OUT_OF_RANGE'],
    [{ 6: '2,5' }, 'Nivå', 'LEVEL_OUT_OF_RANGE'],
    [{ 5: '' }, 'Kompetanse', 'REQUIRED'],
  ])('reports %j in column %s as %s', (change, column, code) => {
    const result = validate(change);
    expect(result.record).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({ row: 4, column, code })]);
  });

  it('accepts only the steps of a scale that skips levels, and names them', () => {
    expect(validate({ 5: 'Sårstell', 6: '2' }).record).toMatchObject({ level: 2 });
    expect(validate({ 5: 'Sårstell', 6: '1' }).issues).toEqual([
      expect.objectContaining({
        column: 'Nivå',
        code: 'LEVEL_OUT_OF_RANGE',
        message: 'Nivå «1» finnes ikke for «Sårstell». Skalaen har nivåene 0, 2, 4.',
      }),
    ]);
  });
});

describe('readQualificationKind', () => {
  it.each([
    ['Utdanning', 'EDUCATION'],
    ['fagbrev', 'EDUCATION'],
    ['SERTIFIKAT', 'CERTIFICATE'],
    ['Kurs', 'COURSE'],
    ['e-læring', 'COURSE'],
    ['hobby', null],
  ])('%j → %j', (text, expected) => expect(readQualificationKind(text)).toBe(expected));
});
