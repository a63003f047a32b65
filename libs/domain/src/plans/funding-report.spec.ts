import {
  attributedShare,
  fundingLine,
  fundingSums,
  reportPeriod,
  type FundingMeasure,
} from './funding-report';

const regional: FundingMeasure = {
  municipalityId: null,
  places: 10,
  hours: 7.5,
  funding: [
    { source: 'COMPETENCE_GRANT', amount: 60000 },
    { source: 'OWN_BUDGET', amount: 20000 },
  ],
  participantsAll: 4,
  participants: 3,
  completed: 1,
  share: 4,
};
const local: FundingMeasure = {
  municipalityId: 'gjovik',
  places: 5,
  hours: 6,
  funding: [{ source: 'OWN_BUDGET', amount: 5000 }],
  participantsAll: 2,
  participants: 2,
  completed: 0,
  share: null,
};

describe('attributedShare', () => {
  it.each([
    ['the region counts a regional measure whole', regional, null, 1],
    ['a municipality counts its own measure whole', local, 'gjovik', 1],
    ["a municipality's part of the participants", regional, 'gjovik', 0.75],
    [
      'before anyone signed up: its part of the places',
      { ...regional, participantsAll: 0, participants: 0 },
      'gjovik',
      0.4,
    ],
    [
      'no places and nobody: nothing',
      { ...regional, places: 0, participantsAll: 0, participants: 0 },
      'gjovik',
      0,
    ],
  ] as const)('%s', (_name, measure, municipalityId, expected) => {
    expect(attributedShare(measure, municipalityId)).toBe(expected);
  });
});

describe('fundingLine and fundingSums', () => {
  it('region: hours and cost per measure; sources count a measure under each source that paid', () => {
    const lines = [
      fundingLine(regional, null, { participants: 4, completed: 1 }),
      fundingLine(local, null),
    ];
    expect(lines.map((l) => [l.participants, l.participantHours, l.cost])).toEqual([
      [4, 30, 80000],
      [2, 12, 5000],
    ]);
    expect(fundingSums(lines)).toEqual({
      sources: [
        { source: 'OWN_BUDGET', measures: 2, participants: 6, participantHours: 42, cost: 25000 },
        {
          source: 'COMPETENCE_GRANT',
          measures: 1,
          participants: 4,
          participantHours: 30,
          cost: 60000,
        },
        { source: 'OTHER', measures: 0, participants: 0, participantHours: 0, cost: 0 },
      ],
      totals: { measures: 2, participants: 6, completed: 1, participantHours: 42, cost: 85000 },
    });
  });

  it("a municipality: its part of the regional measure's money", () => {
    const line = fundingLine(regional, 'gjovik');
    expect(line.funding).toEqual({ OWN_BUDGET: 15000, COMPETENCE_GRANT: 45000, OTHER: 0 });
    expect(line.cost).toBe(60000);
    expect(line.participantHours).toBe(22.5);
  });

  it('rounds money to øre', () => {
    const third = {
      ...regional,
      participantsAll: 3,
      participants: 1,
      funding: [{ source: 'OTHER' as const, amount: 100 }],
    };
    expect(fundingLine(third, 'gjovik').cost).toBe(33.33);
  });
});

describe('reportPeriod', () => {
  it.each([
    [{ year: 2026, half: 1 }, '2026-01-01 2026-06-30'],
    [{ year: 2026, half: 2 }, '2026-07-01 2026-12-31'],
    [{ from: '2026-03-01', to: '2026-03-01' }, '2026-03-01 2026-03-01'],
    [{}, 'from PERIOD_REQUIRED'],
    [{ year: 2026, half: 1, to: '2026-12-31' }, 'from PERIOD_REQUIRED'],
    [{ year: 2026 }, 'half REQUIRED'],
    [{ half: 2 }, 'year REQUIRED'],
    [{ from: '2026-03-01' }, 'to REQUIRED'],
    [{ to: '2026-03-01' }, 'from REQUIRED'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'to BEFORE_FROM'],
  ])('%j → %s', (input, expected) => {
    const period = reportPeriod(input);
    expect(
      'from' in period
        ? `${period.from} ${period.to}`
        : period.problems.map((p) => `${p.field} ${p.code}`).join(),
    ).toBe(expected);
  });
});
