import {
  countyCodeOf,
  explainOwnFigure,
  ownHealthEducationShare,
  regionMean,
} from './kostra-comparison';

describe('countyCodeOf', () => {
  it.each([
    ['3407', 'EKA34'],
    ['0301', 'EKA03'],
    ['3201', 'EKA32'],
  ])('%s → %s', (number, county) => expect(countyCodeOf(number)).toBe(county));
});

describe('regionMean', () => {
  it.each([
    // (73.9 + 70.7 + 75.1) / 3 = 73.2333…
    [[73.9, 70.7, 75.1], 1, { value: 73.2, count: 3 }],
    // a missing figure is left out, not taken as 0: (0.47 + 0.58) / 2 = 0.525
    [[0.47, null, 0.58], 2, { value: 0.53, count: 2 }],
    [[null, null], 1, { value: null, count: 0 }],
    [[10, 11], null, { value: 10.5, count: 2 }],
  ])('%j with %s decimals → %j', (values, decimals, expected) => {
    expect(regionMean(values, decimals)).toEqual(expected);
  });
});

describe('ownHealthEducationShare', () => {
  it('counts user-directed FTE with a known profession; leaders and unknown codes left out', () => {
    const result = ownHealthEducationShare([
      { professionCode: '2223', fte: 100 }, // nurse: health
      { professionCode: '5321', fte: 80 }, // helsefagarbeider: health
      { professionCode: '5329', fte: 60 }, // assistant: not health
      { professionCode: '3412', fte: 60 }, // social-field worker: not health
      { professionCode: '1343', fte: 100 }, // leader: out
      { professionCode: null, fte: 50 }, // no code: out
      { professionCode: '9999', fte: 20 }, // unknown code: out
    ]);
    // health 1.8 FTE of 3.0 counted = 60 %
    expect(result).toEqual({
      share: 60,
      fte: 3,
      fteHealth: 1.8,
      people: 4,
      fteLeaders: 1,
      peopleUnknown: 2,
      fteUnknown: 0.7,
    });
  });

  it('has no share without counted FTE', () => {
    expect(ownHealthEducationShare([{ professionCode: '1342', fte: 100 }]).share).toBeNull();
  });
});

describe('explainOwnFigure', () => {
  const own = ownHealthEducationShare([
    { professionCode: '2223', fte: 100 },
    { professionCode: '5329', fte: 50 },
    { professionCode: null, fte: 40 },
  ]);

  it('names the difference, the date, the population and the professions', () => {
    expect(
      explainOwnFigure({ own, asOf: '2026-12-07', ssb: { year: 2024, value: 70.5, status: null } }),
    ).toEqual([
      'Tjenestens tall er 3,8 prosentpoeng lavere enn SSBs tall for 2024.',
      'Ulik dato: SSBs tall gjelder 2024 (årsverk registrert i 4. kvartal), tjenestens tall gjelder ansatte registrert per 07.12.2026.',
      'Ulik populasjon: SSB teller alle brukerrettede årsverk i kommunens omsorgstjenester; tjenesten teller de 2 ansatte (1,5 årsverk) som er registrert her. Ledere (0,0 årsverk) er holdt utenfor, som hos SSB.',
      'Yrke i stedet for utdanning: SSB bruker utdanningsregisteret, tjenesten bruker yrkeskoden (STYRK-08) som tegn på helsefaglig utdanning. 1 ansatte (0,4 årsverk) mangler yrkeskode eller har en kode tjenesten ikke kjenner, og er holdt utenfor.',
    ]);
  });

  it('says when SSB has no figure', () => {
    expect(explainOwnFigure({ own, asOf: '2026-12-07', ssb: null })[0]).toBe(
      'Ingen SSB-tall er importert for kommunen ennå.',
    );
    expect(
      explainOwnFigure({
        own,
        asOf: '2026-12-07',
        ssb: { year: 2024, value: null, status: ':' },
      })[0],
    ).toBe('SSB har ikke publisert et tall for 2024 (:).');
  });
});
