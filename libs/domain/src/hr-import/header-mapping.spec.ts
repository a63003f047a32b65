import { EMPLOYEE_FIELDS } from './employee-row';
import { mapHeaders } from './header-mapping';

const REQUIRED = ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent'];

describe('mapHeaders', () => {
  it('maps Norwegian headers whatever their case, accents and punctuation', () => {
    const result = mapHeaders(
      [
        'ANSATTNR',
        'fornavn',
        'Etternavn',
        'Avdeling',
        'Stillingsandel',
        'FODSELSAR',
        'Ansatt fra',
        'STYRK',
      ],
      EMPLOYEE_FIELDS,
    );
    if (!('map' in result)) throw new Error(JSON.stringify(result.issues));
    expect(result.map.index).toEqual({
      employeeNumber: 0,
      givenName: 1,
      familyName: 2,
      unit: 3,
      fte: 4,
      birthYear: 5,
      startDate: 6,
      professionCode: 7,
    });
    expect(result.map.uses[0]).toEqual({
      field: 'employeeNumber',
      label: 'Ansattnummer',
      header: 'ANSATTNR',
    });
    expect(result.map.ignored).toEqual([]);
  });

  it('prefers the first alias when two columns could feed a field, and lists the other as ignored', () => {
    const result = mapHeaders(
      [...REQUIRED.slice(0, 3), 'Arbeidssted', 'Enhet', 'Stillingsprosent', 'Merknad'],
      EMPLOYEE_FIELDS,
    );
    if (!('map' in result)) throw new Error('expected a mapping');
    expect(result.map.index.unit).toBe(4);
    expect(result.map.ignored).toEqual(['Arbeidssted', 'Merknad']);
  });

  it('lets an explicit mapping override the aliases, by field name or label', () => {
    const result = mapHeaders(
      ['Lønnsnr', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent', 'Ansattnummer (gammelt)'],
      EMPLOYEE_FIELDS,
      { employeeNumber: 'lønnsnr' },
    );
    if (!('map' in result)) throw new Error('expected a mapping');
    expect(result.map.index.employeeNumber).toBe(0);

    const byLabel = mapHeaders(['Nr', 'Fornavn', 'Etternavn', 'Enhet', 'Pst'], EMPLOYEE_FIELDS, {
      Ansattnummer: 'Nr',
      Stillingsprosent: 'Pst',
    });
    expect('map' in byLabel).toBe(true);
  });

  it('names every missing required column in one error', () => {
    expect(mapHeaders(['Fornavn', 'Etternavn', 'Enhet'], EMPLOYEE_FIELDS)).toEqual({
      hints: [],
      issues: [
        {
          row: 1,
          column: null,
          code: 'MISSING_COLUMNS',
          message:
            'Filen mangler påkrevde kolonner: Ansattnummer, Stillingsprosent. Første rad må være overskrifter; fant «Fornavn», «Etternavn», «Enhet».',
        },
      ],
    });
  });

  it('refuses a national identity number column', () => {
    const result = mapHeaders([...REQUIRED, 'Fødselsnummer'], EMPLOYEE_FIELDS);
    expect(result).toEqual({
      hints: [],
      issues: [
        expect.objectContaining({ row: 1, column: 'Fødselsnummer', code: 'NATIONAL_ID_COLUMN' }),
      ],
    });
  });

  it('refuses explicit mappings to unknown fields or missing columns', () => {
    const result = mapHeaders(REQUIRED, EMPLOYEE_FIELDS, {
      skostørrelse: 'Sko',
      birthYear: 'Født',
    });
    if (!('issues' in result)) throw new Error('expected issues');
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'UNKNOWN_FIELD',
      'MAPPED_COLUMN_MISSING',
    ]);
    expect(result.issues[1].message).toBe(
      'Kolonnen «Født», valgt for Fødselsår, finnes ikke i filen.',
    );
  });

  it('refuses a mapped header that occurs twice', () => {
    const result = mapHeaders([...REQUIRED, 'Fornavn'], EMPLOYEE_FIELDS);
    expect(result).toEqual({
      hints: [],
      issues: [expect.objectContaining({ code: 'DUPLICATE_COLUMN', column: 'Fornavn' })],
    });
  });
});
