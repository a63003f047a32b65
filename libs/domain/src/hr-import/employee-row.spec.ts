import type { CellValue } from './cell-value';
import {
  EMPLOYEE_FIELDS,
  readEmploymentType,
  readProfessionCode,
  validateEmployeeRow,
  type EmployeeRowContext,
  type UnitMatch,
} from './employee-row';
import { mapHeaders } from './header-mapping';

const HEADERS = [
  'Ansattnummer',
  'Fornavn',
  'Etternavn',
  'Enhet',
  'Stilling',
  'Yrkeskode',
  'Stillingsprosent',
  'Ansettelsesform',
  'Fødselsår',
  'Startdato',
  'Aktiv',
];
const UNITS: Record<string, UnitMatch> = {
  'Hov sykehjem': { id: 'unit-hov' },
  Hjemmetjenesten: { problem: 'AMBIGUOUS' },
  'Lena sykehjem': { problem: 'OUTSIDE_SCOPE' },
};

function context(headers = HEADERS): EmployeeRowContext {
  const mapped = mapHeaders(headers, EMPLOYEE_FIELDS);
  if (!('map' in mapped)) throw new Error('bad test headers');
  return {
    map: mapped.map,
    findUnit: (name) => UNITS[name] ?? { problem: 'UNKNOWN' },
    today: '2026-03-01',
    municipalityName: 'Søndre Land',
    scopeUnitName: 'Hov sykehjem',
  };
}

const GOOD: CellValue[] = [
  'S-1001',
  'Kari',
  'Nordmann',
  'Hov sykehjem',
  'Sykepleier',
  '2223',
  '80,0',
  'Fast',
  '1980',
  '01.08.2015',
  'ja',
];

function validate(change: Record<number, CellValue>, headers = HEADERS) {
  const cells = [...GOOD];
  for (const [index, value] of Object.entries(change)) cells[Number(index)] = value;
  return validateEmployeeRow({ rowNumber: 7, cells }, context(headers));
}

describe('validateEmployeeRow', () => {
  it('reads a good row', () => {
    expect(validate({})).toEqual({
      key: 'S-1001',
      issues: [],
      record: {
        rowNumber: 7,
        employeeNumber: 'S-1001',
        givenName: 'Kari',
        familyName: 'Nordmann',
        unitId: 'unit-hov',
        positionTitle: 'Sykepleier',
        professionCode: '2223',
        fte: 80,
        employmentType: 'PERMANENT',
        birthYear: 1980,
        startDate: '2015-08-01',
        active: true,
      },
    });
  });

  it('reads XLSX cell types: numbers, dates and booleans', () => {
    const result = validate({
      0: 1001,
      5: 5321,
      6: 66.666,
      8: new Date(Date.UTC(1975, 4, 17)),
      9: new Date(Date.UTC(2020, 0, 6)),
      10: false,
    });
    expect(result.record).toMatchObject({
      employeeNumber: '1001',
      professionCode: '5321',
      fte: 66.67,
      birthYear: 1975,
      startDate: '2020-01-06',
      active: false,
    });
  });

  it('leaves fields whose column is missing undefined, and blank cells null', () => {
    const minimal = validateEmployeeRow(
      { rowNumber: 2, cells: ['1', 'Ola', 'Nordmann', 'Hov sykehjem', '100'] },
      context(['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent']),
    );
    expect(minimal.record).toMatchObject({
      positionTitle: undefined,
      professionCode: undefined,
      employmentType: undefined,
      birthYear: undefined,
      startDate: undefined,
      active: true,
    });
    expect(validate({ 4: '', 5: '', 7: '', 8: '', 9: '', 10: '' }).record).toMatchObject({
      positionTitle: '',
      professionCode: null,
      employmentType: null,
      birthYear: null,
      startDate: null,
      active: true,
    });
  });

  it.each([
    [{ 0: '' }, 'Ansattnummer', 'REQUIRED', 'Ansattnummer må fylles ut.'],
    [{ 1: '  ' }, 'Fornavn', 'REQUIRED', 'Fornavn må fylles ut.'],
    [{ 3: 'Månen' }, 'Enhet', 'UNKNOWN_UNIT', 'Fant ingen enhet med navnet «Månen» i Søndre Land.'],
    [
      { 3: 'Hjemmetjenesten' },
      'Enhet',
      'AMBIGUOUS_UNIT',
      'Flere enheter i Søndre Land heter «Hjemmetjenesten». Gi enhetene ulike navn før importen.',
    ],
    [
      { 3: 'Lena sykehjem' },
      'Enhet',
      'UNIT_OUTSIDE_SCOPE',
      'Enheten «Lena sykehjem» ligger ikke under «Hov sykehjem», som importen er avgrenset til.',
    ],
    [
      { 5: '9999' },
      'Yrkeskode',
      'UNKNOWN_PROFESSION',
      'Ukjent yrkeskode «9999». Bruk en STYRK-08-kode, for eksempel 2223 (sykepleiere) eller 5321 (helsefagarbeidere).',
    ],
    [
      { 6: '120' },
      'Stillingsprosent',
      'FTE_OUT_OF_RANGE',
      'Stillingsprosent må være mellom 0 og 100 (fant 120).',
    ],
    [
      { 6: '-5' },
      'Stillingsprosent',
      'FTE_OUT_OF_RANGE',
      'Stillingsprosent må være mellom 0 og 100 (fant -5).',
    ],
    [
      { 6: 'full' },
      'Stillingsprosent',
      'INVALID_NUMBER',
      'Stillingsprosent «full» er ikke et tall. Skriv for eksempel 80 eller 66,67.',
    ],
    [
      { 7: 'Sommerjobb' },
      'Ansettelsesform',
      'INVALID_EMPLOYMENT_TYPE',
      'Ukjent ansettelsesform «Sommerjobb». Bruk fast, midlertidig eller vikar.',
    ],
    [{ 8: '2031' }, 'Fødselsår', 'BIRTH_YEAR_IN_FUTURE', 'Fødselsåret 2031 ligger i fremtiden.'],
    [
      { 8: '1901' },
      'Fødselsår',
      'BIRTH_YEAR_IMPLAUSIBLE',
      'Fødselsåret 1901 er ikke sannsynlig for en ansatt (125 år i 2026).',
    ],
    [{ 8: 'nitten' }, 'Fødselsår', 'INVALID_YEAR', 'Fødselsår «nitten» er ikke et årstall.'],
    [
      { 9: '31.02.2020' },
      'Startdato',
      'INVALID_DATE',
      'Startdato «31.02.2020» er ikke en gyldig dato. Bruk dd.mm.åååå, for eksempel 01.08.2024.',
    ],
    [
      { 9: '01.01.1920' },
      'Startdato',
      'DATE_OUT_OF_RANGE',
      'Startdato 01.01.1920 er ikke sannsynlig (må være mellom 01.01.1940 og 01.03.2028).',
    ],
    [{ 10: 'kanskje' }, 'Aktiv', 'INVALID_CHOICE', 'Aktiv «kanskje» må være ja eller nei.'],
  ])('reports %j in column %s as %s', (change, column, code, message) => {
    const result = validate(change);
    expect(result.record).toBeNull();
    expect(result.issues).toEqual([{ row: 7, column, code, message }]);
  });

  it('reports every problem of a row, and still gives its key', () => {
    const result = validate({ 3: 'Månen', 6: '150', 8: '2099' });
    expect(result.key).toBe('S-1001');
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'UNKNOWN_UNIT',
      'FTE_OUT_OF_RANGE',
      'BIRTH_YEAR_IN_FUTURE',
    ]);
  });
});

describe('readEmploymentType', () => {
  it.each([
    ['Fast', 'PERMANENT'],
    ['FAST ANSATT', 'PERMANENT'],
    ['midlertidig', 'TEMPORARY'],
    ['Engasjement', 'TEMPORARY'],
    ['Vikar', 'SUBSTITUTE'],
    ['Tilkallingsvikar', 'SUBSTITUTE'],
    ['sommer', null],
  ])('%j → %j', (text, expected) => expect(readEmploymentType(text)).toBe(expected));
});

describe('readProfessionCode', () => {
  it.each([
    ['2223', '2223'],
    [' 5321 ', '5321'],
    ['2223101', '2223'], // a-ordningen's seven-digit yrkeskode
    ['9999', null],
    ['223', null],
    ['sykepleier', null],
  ])('%j → %j', (text, expected) => expect(readProfessionCode(text)).toBe(expected));
});
