import {
  isBelowK,
  type SuppressedCell,
  suppressCell,
  suppressList,
  suppressTable,
} from './suppression';

// Compact notation for expectations: a number is a visible cell, 'F' hidden because fewer
// than k, 'C' hidden to protect another cell.
type Expected = number | 'F' | 'C';
function show(cell: SuppressedCell): Expected {
  if (!cell.suppressed) return cell.value!;
  return cell.reason === 'FEWER_THAN_K' ? 'F' : 'C';
}

describe('isBelowK', () => {
  it.each([
    [0, 5, false], // zero is shown
    [1, 5, true],
    [4, 5, true],
    [5, 5, false],
    [1, 1, false],
    [2, 3, true],
  ])('%i employees, k %i → %s', (count, k, expected) => {
    expect(isBelowK(count, k)).toBe(expected);
  });
});

describe('suppressCell', () => {
  it.each<[number, Expected]>([
    [0, 0],
    [3, 'F'],
    [5, 5],
    [12, 12],
  ])('%i → %s', (count, expected) => {
    expect(show(suppressCell(count))).toBe(expected);
  });

  it('reports the employee count when it differs from the value, and hides it with the value', () => {
    expect(suppressCell({ value: 3.6, count: 5 })).toEqual({
      value: 3.6,
      suppressed: false,
      reason: null,
      count: 5,
    });
    expect(suppressCell({ value: 0.8, count: 1 })).toEqual({
      value: null,
      suppressed: true,
      reason: 'FEWER_THAN_K',
      count: null,
    });
  });

  it('leaves count out for plain counts', () => {
    expect(suppressCell(7)).toEqual({ value: 7, suppressed: false, reason: null });
  });

  it.each([0, 2.5, -1])('rejects k = %d', (k) => {
    expect(() => suppressCell(3, { k })).toThrow(RangeError);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => suppressCell(-1)).toThrow(RangeError);
    expect(() => suppressCell({ value: 1, count: 1.5 })).toThrow(RangeError);
  });
});

describe('suppressList', () => {
  it.each<[string, number[], number, Expected[], Expected]>([
    // 12 + 3 + 7 + 0 = 22. 3 is hidden; 22 − 12 − 0 would give it away, so the next
    // smallest non-zero cell (7) is hidden too. The zero stays visible.
    ['one small cell', [12, 3, 7, 0], 5, [12, 'F', 'C', 0], 22],
    // 3 + 4 + 10 = 17: two cells hidden already, nothing more to do.
    ['two small cells', [3, 4, 10], 5, ['F', 'F', 10], 17],
    // Total 3 is itself below k, so it is hidden and protects the cell.
    ['small total', [3, 0, 0], 5, ['F', 0, 0], 'F'],
    ['all zero', [0, 0], 5, [0, 0], 0],
    ['k = 1 hides nothing', [1, 2], 1, [1, 2], 3],
    // k = 3: 2 hidden; smallest non-zero visible is 3 (not 0, not 9).
    ['another k', [9, 2, 0, 3], 3, [9, 'F', 0, 'C'], 14],
    ['empty list', [], 5, [], 0],
  ])('%s', (_label, values, k, cells, total) => {
    const result = suppressList(values, { k });
    expect(result.cells.map(show)).toEqual(cells);
    expect(show(result.total)).toBe(total);
  });

  it('uses the default k of 5', () => {
    expect(suppressList([4, 20]).cells.map(show)).toEqual(['F', 'C']);
  });

  it('chooses the complement by employees, and sums values and counts for the total', () => {
    // FTE per profession: counts 6, 3, 9. The 3 is hidden; the smallest other group (6)
    // goes with it. Total 4.5 + 2.25 + 7.25 = 14 FTE on 18 employees.
    const result = suppressList([
      { value: 4.5, count: 6 },
      { value: 2.25, count: 3 },
      { value: 7.25, count: 9 },
    ]);
    expect(result.cells).toEqual([
      { value: null, suppressed: true, reason: 'COMPLEMENTARY', count: null },
      { value: null, suppressed: true, reason: 'FEWER_THAN_K', count: null },
      { value: 7.25, suppressed: false, reason: null, count: 9 },
    ]);
    expect(result.total).toEqual({ value: 14, suppressed: false, reason: null, count: 18 });
  });
});

describe('suppressTable', () => {
  it('protects a hidden cell in its row and its column, until stable', () => {
    //          c0  c1  c2 | total
    //   r0     10   2   8 | 20
    //   r1      6   7   9 | 22
    //   r2      0   5  12 | 17
    //   total  16  14  29 | 59
    // Pass 1: 2 is hidden (F). Row 0 then hides 8 (its smallest other non-zero); column 1
    // hides 5; column 2, now with only 8 hidden, hides 9.
    // Pass 2: row 1 (9 hidden) hides 6; row 2 (5 hidden) hides 12; column 0 (6 hidden)
    // hides 10. Pass 3: every line has 0 or at least 2 hidden cells.
    const result = suppressTable([
      [10, 2, 8],
      [6, 7, 9],
      [0, 5, 12],
    ]);
    expect(result.cells.map((row) => row.map(show))).toEqual([
      ['C', 'F', 'C'],
      ['C', 7, 'C'],
      [0, 'C', 'C'],
    ]);
    expect(result.rowTotals.map(show)).toEqual([20, 22, 17]);
    expect(result.columnTotals.map(show)).toEqual([16, 14, 29]);
    expect(show(result.grandTotal)).toBe(59);
  });

  it('hides a total when a line has nothing else to hide', () => {
    //          c0  c1 | total
    //   r0      3   7 | 10
    //   r1      6   0 |  6
    //   total   9   7 | 16
    // Pass 1: 3 (F); row 0 hides 7; column 0 hides 6; column 1 has 7 hidden and only a zero
    // beside it, so its total 7 is hidden. Pass 2: row 1 likewise hides its total 6; the
    // totals row (9 | 7 hidden) hides 9; the totals column (10 | 6 hidden) hides 10.
    // The zero and the grand total stay.
    const result = suppressTable([
      [3, 7],
      [6, 0],
    ]);
    expect(result.cells.map((row) => row.map(show))).toEqual([
      ['F', 'C'],
      ['C', 0],
    ]);
    expect(result.rowTotals.map(show)).toEqual(['C', 'C']);
    expect(result.columnTotals.map(show)).toEqual(['C', 'C']);
    expect(show(result.grandTotal)).toBe(16);
  });

  it('leaves a table of large groups alone', () => {
    const result = suppressTable([
      [5, 6],
      [7, 0],
    ]);
    expect(result.cells.map((row) => row.map(show))).toEqual([
      [5, 6],
      [7, 0],
    ]);
    expect(show(result.grandTotal)).toBe(18);
  });

  it('handles an empty table', () => {
    expect(suppressTable([])).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      grandTotal: { value: 0, suppressed: false, reason: null },
    });
  });

  it('rejects rows of different lengths', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(/same length/);
  });
});
