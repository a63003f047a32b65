import { groupByStrategy, statusCounts } from './plan-totals';

describe('a plan’s totals', () => {
  it('count the measures per status, every status listed', () => {
    expect(
      statusCounts([{ status: 'RUNNING' }, { status: 'RUNNING' }, { status: 'CANCELLED' }]),
    ).toEqual([
      { status: 'PLANNED', count: 0 },
      { status: 'OPEN', count: 0 },
      { status: 'RUNNING', count: 2 },
      { status: 'COMPLETED', count: 0 },
      { status: 'CANCELLED', count: 1 },
    ]);
  });

  it('group the measures by Lai’s four strategies in order, earliest first', () => {
    const groups = groupByStrategy([
      { id: 'b', strategy: 'DEVELOP', startsOn: '2027-03-01', title: 'B' },
      { id: 'a', strategy: 'DEVELOP', startsOn: '2027-01-10', title: 'A' },
      { id: 'c', strategy: 'MOBILISE', startsOn: '2027-01-10', title: 'C' },
    ]);
    expect(groups.map((group) => [group.strategy, group.measures.map((m) => m.id)])).toEqual([
      ['ACQUIRE', []],
      ['DEVELOP', ['a', 'b']],
      ['MOBILISE', ['c']],
      ['PHASE_OUT', []],
    ]);
  });
});
