import { measureCost, measureProblems, type MeasureValues } from './measure-rules';

const BASE: MeasureValues = {
  startsOn: '2026-02-01',
  endsOn: '2026-05-31',
  places: 20,
  funding: [
    { source: 'OWN_BUDGET', amount: 10000 },
    { source: 'COMPETENCE_GRANT', amount: 25000.5 },
  ],
  shares: [
    { municipalityId: 'm1', places: 8 },
    { municipalityId: 'm2', places: 12 },
  ],
  targets: [{ competenceId: 'c1' }, { competenceId: 'c2' }],
};

describe('measure rules', () => {
  it('accepts a sound measure', () => {
    expect(measureProblems(BASE)).toEqual([]);
  });

  it.each<[string, Partial<MeasureValues>, string, string, string]>([
    [
      'an end before the start',
      { endsOn: '2026-01-31' },
      'endsOn',
      'BEFORE_START',
      'Sluttdato (31.01.2026) kan ikke være før startdato (01.02.2026)',
    ],
    [
      'a measure longer than five years',
      { endsOn: '2031-02-02' },
      'endsOn',
      'TOO_LONG',
      'Et tiltak kan vare høyst 5 år: sluttdato kan ikke være etter 01.02.2031',
    ],
    [
      'a negative amount',
      { funding: [{ source: 'OWN_BUDGET', amount: -1 }] },
      'funding.0.amount',
      'NEGATIVE',
      'Beløpet kan ikke være negativt (minst 0 kr)',
    ],
    [
      'an amount the table cannot hold',
      { funding: [{ source: 'OTHER', amount: 1e10 }] },
      'funding.0.amount',
      'TOO_LARGE',
      'Beløpet kan være høyst 9\u00a0999\u00a0999\u00a0999,99 kr',
    ],
    [
      'fractions of øre',
      { funding: [{ source: 'OTHER', amount: 10.005 }] },
      'funding.0.amount',
      'TOO_PRECISE',
      'Beløpet kan ha høyst to desimaler (øre)',
    ],
    [
      'a source twice',
      {
        funding: [
          { source: 'OTHER', amount: 1 },
          { source: 'OTHER', amount: 2 },
        ],
      },
      'funding.1.source',
      'DUPLICATE',
      'Finansieringskilden «annen finansiering» er ført opp mer enn én gang',
    ],
    [
      'shares over the places',
      { places: 19 },
      'shares',
      'SHARES_OVER_PLACES',
      'Kommunenes andeler er til sammen 20 plasser, men tiltaket har bare 19',
    ],
    [
      'a municipality twice',
      {
        shares: [
          { municipalityId: 'm1', places: 1 },
          { municipalityId: 'm1', places: 2 },
        ],
      },
      'shares.1.municipalityId',
      'DUPLICATE',
      'Kommunen har allerede en andel av plassene; slå andelene sammen',
    ],
    [
      'a competence targeted twice',
      { targets: [{ competenceId: 'c1' }, { competenceId: 'c1' }] },
      'targets.1',
      'DUPLICATE',
      'Kompetansen er allerede et mål for tiltaket; ett mål per kompetanse',
    ],
  ])('refuses %s', (_, change, field, code, message) => {
    expect(measureProblems({ ...BASE, ...change })).toEqual([{ field, code, message }]);
  });

  it('accepts shares that use every place, a one-day measure and a free one', () => {
    expect(
      measureProblems({
        ...BASE,
        endsOn: BASE.startsOn,
        funding: [{ source: 'OWN_BUDGET', amount: 0 }],
      }),
    ).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = measureProblems({
      ...BASE,
      endsOn: '2026-01-01',
      places: 1,
      funding: [{ source: 'OWN_BUDGET', amount: -5 }],
    });
    expect(problems.map((p) => p.code)).toEqual(['BEFORE_START', 'NEGATIVE', 'SHARES_OVER_PLACES']);
  });

  it.each([
    [[], 0],
    [[{ amount: 0.1 }, { amount: 0.2 }], 0.3],
    [[{ amount: 10000 }, { amount: 25000.5 }], 35000.5],
  ])('costs the sum of %o: %d', (funding, cost) => {
    expect(measureCost(funding)).toBe(cost);
  });
});
