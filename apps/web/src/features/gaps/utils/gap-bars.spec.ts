import type { Horizon, Measure, Priority } from '@web/gql/graphql';
import {
  barChartData,
  gapBarGroups,
  largestVisibleGap,
  segmentKey,
  type GapTotal,
} from './gap-bars';

const shown = (value: number) => ({ value, suppressed: false, reason: null });
const HIDDEN = { value: null, suppressed: true, reason: 'Skjult: færre enn 5 personer' };

function total(
  competenceId: string,
  horizon: Horizon,
  required: number,
  gap: number | null,
  options: { measure?: Measure; priority?: Priority; name?: string } = {},
): GapTotal {
  const hidden = gap === null;
  return {
    competenceId,
    competence: { name: options.name ?? competenceId.toUpperCase() },
    measure: options.measure ?? 'HEADCOUNT',
    horizon,
    priority: options.priority ?? 'IMPORTANT',
    required,
    gap: hidden ? HIDDEN : shown(gap),
    covered: hidden ? HIDDEN : shown(required - gap),
    coverage: hidden ? HIDDEN : shown((required - gap) / required),
  };
}

describe('gapBarGroups', () => {
  it('puts the horizons of a competence side by side in one row', () => {
    const [group] = gapBarGroups([
      total('hlr', 'NOW', 10, 0),
      total('hlr', 'ONE_YEAR', 10, 4),
      total('hlr', 'THREE_YEARS', 12, 7),
    ]);
    expect(group.measure).toBe('HEADCOUNT');
    expect(group.rows).toHaveLength(1);
    const exact = { hidden: false, reason: null, rounded: false };
    expect(group.rows[0].cells).toEqual({
      NOW: { required: 10, gap: 0, covered: 10, coverage: 1, ...exact },
      ONE_YEAR: { required: 10, gap: 4, covered: 6, coverage: 0.6, ...exact },
      THREE_YEARS: { required: 12, gap: 7, covered: 5, coverage: 5 / 12, ...exact },
    });
  });

  it('marks cells built from rounded counts', () => {
    const rounded = { ...total('hlr', 'NOW', 10, 5) };
    rounded.gap = { ...rounded.gap, rounded: true };
    const [group] = gapBarGroups([rounded]);
    expect(group.rows[0].cells.NOW).toMatchObject({ gap: 5, rounded: true });
  });

  it('orders by the largest gap at any horizon, then priority and name; all-hidden rows last', () => {
    const [group] = gapBarGroups([
      total('a', 'NOW', 10, null),
      total('b', 'NOW', 10, 2),
      total('c', 'THREE_YEARS', 20, 9),
      total('d', 'NOW', 10, 2, { priority: 'CRITICAL' }),
      total('e', 'NOW', 10, 2, { name: 'A first by name' }),
      total('f', 'NOW', 10, 3),
      total('f', 'ONE_YEAR', 10, null),
    ]);
    expect(group.rows.map((row) => row.competenceId)).toEqual(['c', 'f', 'd', 'e', 'b', 'a']);
  });

  it('keeps people and årsverk apart, people first', () => {
    const groups = gapBarGroups([
      total('nurse', 'NOW', 40.5, 3.25, { measure: 'FTE' }),
      total('nurse', 'NOW', 45, 5),
    ]);
    expect(groups.map((group) => [group.measure, group.rows.length])).toEqual([
      ['HEADCOUNT', 1],
      ['FTE', 1],
    ]);
  });

  it('takes the most urgent priority of the horizons', () => {
    const [group] = gapBarGroups([
      total('x', 'NOW', 1, 0, { priority: 'DESIRABLE' }),
      total('x', 'ONE_YEAR', 1, 0, { priority: 'CRITICAL' }),
    ]);
    expect(group.rows[0].priority).toBe('CRITICAL');
  });

  it('gives nothing for nothing', () => {
    expect(gapBarGroups([])).toEqual([]);
  });
});

describe('largestVisibleGap', () => {
  it('ignores hidden horizons and is null when all are hidden', () => {
    const [group] = gapBarGroups([total('x', 'NOW', 9, null), total('x', 'ONE_YEAR', 9, 1)]);
    expect(largestVisibleGap(group.rows[0])).toBe(1);
    const [hidden] = gapBarGroups([total('y', 'NOW', 9, null)]);
    expect(largestVisibleGap(hidden.rows[0])).toBeNull();
  });
});

describe('barChartData', () => {
  it('stacks covered and gap per horizon, and draws hidden requirements whole', () => {
    const [group] = gapBarGroups([total('x', 'NOW', 10, 4), total('x', 'THREE_YEARS', 12, null)]);
    expect(barChartData(group.rows)).toEqual([
      {
        key: 'x|HEADCOUNT',
        name: 'X',
        NOW: { covered: 6, gap: 4, hidden: 0 },
        ONE_YEAR: { covered: 0, gap: 0, hidden: 0 },
        THREE_YEARS: { covered: 0, gap: 0, hidden: 12 },
      },
    ]);
  });

  it('names segments as paths Recharts can read', () => {
    expect(segmentKey('ONE_YEAR', 'gap')).toBe('ONE_YEAR.gap');
  });
});
