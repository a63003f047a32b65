import { retirementChartData, retirementLines, type RetirementSource } from './retirement-series';

const shown = (value: number) => ({ value, suppressed: false, reason: null });
const HIDDEN = { value: null, suppressed: true, reason: 'Skjult: færre enn 5 personer' };

const wave = {
  years: [2026, 2027, 2028],
  competences: [
    {
      key: 'c1',
      competence: { name: 'Videreutdanning i demensomsorg' },
      minLevel: 3,
      professionCode: null,
      professionName: null,
      current: shown(40),
      leaving: [
        { year: 2026, headcount: shown(6) },
        { year: 2027, headcount: HIDDEN },
        { year: 2028, headcount: HIDDEN },
      ],
      leavingTotal: shown(14),
    },
  ] satisfies RetirementSource[],
  professions: [
    {
      key: '2223',
      competence: null,
      minLevel: null,
      professionCode: '2223',
      professionName: 'Sykepleiere',
      current: shown(300),
      leaving: [{ year: 2027, headcount: shown(12) }],
      leavingTotal: shown(12),
    },
    {
      key: '9999',
      competence: null,
      minLevel: null,
      professionCode: '9999',
      professionName: null,
      current: HIDDEN,
      leaving: [],
      leavingTotal: shown(0),
    },
  ] satisfies RetirementSource[],
};

describe('retirementLines', () => {
  it('lists competences first, then professions, with a figure per year', () => {
    const lines = retirementLines(wave);
    expect(lines.map((line) => [line.key, line.kind, line.name, line.minLevel])).toEqual([
      ['competence:c1', 'competence', 'Videreutdanning i demensomsorg', 3],
      ['profession:2223', 'profession', 'Sykepleiere', null],
      ['profession:9999', 'profession', '9999', null],
    ]);
    expect(lines[0].years).toEqual([shown(6), HIDDEN, HIDDEN]);
  });

  it('treats a year the API left out as nobody leaving', () => {
    const [, nurses] = retirementLines(wave);
    expect(nurses.years).toEqual([shown(0), shown(12), shown(0)]);
  });
});

describe('retirementChartData', () => {
  it('gives a bar per year and marks hidden years instead of drawing 0', () => {
    const [line] = retirementLines(wave);
    expect(retirementChartData(line, wave.years)).toEqual([
      { year: '2026', leaving: 6, hidden: false, reason: null },
      { year: '2027', leaving: 0, hidden: true, reason: 'Skjult: færre enn 5 personer' },
      { year: '2028', leaving: 0, hidden: true, reason: 'Skjult: færre enn 5 personer' },
    ]);
  });
});
