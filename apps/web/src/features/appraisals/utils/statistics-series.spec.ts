import type { AppraisalFigure, AppraisalStatistics } from './appraisal-types';
import {
  breakdownRows,
  chartSeries,
  shareSeries,
  shortLabel,
  wayRows,
  wishRows,
} from './statistics-series';

const shown = (value: number): AppraisalFigure => ({
  value,
  suppressed: false,
  reasonCode: null,
  reason: null,
  rounded: false,
});
const hidden: AppraisalFigure = {
  value: null,
  suppressed: true,
  reasonCode: 'FEWER_THAN_K',
  reason: 'Skjult: færre enn 5 personer',
  rounded: false,
};

function statistics(patch: Partial<AppraisalStatistics> = {}): AppraisalStatistics {
  return {
    level: 'MUNICIPALITY',
    scopeId: 'm1',
    scopeName: 'Gjøvik',
    exact: false,
    minGroupSize: 5,
    completedShare: 0.5,
    cycles: [],
    employees: shown(200),
    completed: shown(100),
    breakdown: [],
    wishedCompetences: [
      { competenceId: 'a', competence: { id: 'a', name: 'Demens' }, people: shown(12) },
      { competenceId: 'b', competence: { id: 'b', name: 'Sår' }, people: shown(30) },
      { competenceId: 'c', competence: { id: 'c', name: 'HLR' }, people: hidden },
    ],
    preferredWays: [{ way: 'COURSE', name: 'Kurs', people: shown(40) }],
    teachingTopics: [],
    ...patch,
  };
}

describe('chartSeries', () => {
  it('draws the visible figures, largest first, and never draws a hidden one as 0', () => {
    const series = chartSeries(wishRows(statistics()));
    expect(series.bars).toEqual([
      { key: 'b', label: 'Sår', value: 30 },
      { key: 'a', label: 'Demens', value: 12 },
    ]);
    expect(series.hiddenCount).toBe(1);
    expect(series.omittedCount).toBe(0);
  });

  it('keeps the chart readable and says how many are only in the table', () => {
    const rows = Array.from({ length: 14 }, (_, i) => ({
      key: `k${i}`,
      label: `L${i}`,
      figure: shown(i + 1),
    }));
    const series = chartSeries(rows, 10);
    expect(series.bars).toHaveLength(10);
    expect(series.bars[0].value).toBe(14);
    expect(series.omittedCount).toBe(4);
  });
});

describe('rows', () => {
  it('names the ways in the user language', () => {
    expect(wayRows(statistics(), (way) => `[${way}]`)).toEqual([
      { key: 'COURSE', label: '[COURSE]', figure: shown(40) },
    ]);
  });

  it('shapes the breakdown and leaves hidden shares out of the chart', () => {
    const rows = breakdownRows(
      statistics({
        breakdown: [
          {
            id: 'u1',
            name: 'Hjemmetjenesten',
            employees: shown(40),
            completed: shown(30),
            completedShare: 0.75,
          },
          { id: null, name: 'Øvrige', employees: hidden, completed: hidden, completedShare: null },
        ],
      }),
    );
    expect(rows.map((row) => [row.key, row.name, row.share])).toEqual([
      ['u1', 'Hjemmetjenesten', 0.75],
      ['other-1', null, null],
    ]);
    expect(shareSeries(rows, 'Øvrige')).toEqual({
      bars: [{ key: 'u1', label: 'Hjemmetjenesten', value: 75 }],
      hiddenCount: 1,
      omittedCount: 0,
    });
  });
});

describe('shortLabel', () => {
  it('keeps short names and cuts long ones at a word', () => {
    expect(shortLabel('Forflytningsteknikk')).toBe('Forflytningsteknikk');
    expect(shortLabel('Håndtering av utfordrende atferd ved demens')).toBe(
      'Håndtering av utfordrende …',
    );
    expect(shortLabel('Abcdefghijklmnopqrstuvwxyzæøå', 10)).toBe('Abcdefghi …');
  });
});
