// Small-group suppression for aggregates shown to people without access to personal data
// (regional coordinators, board members). A figure built on 1 to k − 1 employees is hidden,
// because with the unit and the competence known it may point at a person ("the one nurse
// in the night shift who lacks HLR").
//
// Zero is shown. A cell with no employees describes nobody, and SSB and KS show zeros in
// published tables; hiding them would also make every empty cell look sensitive. (The residual
// risk, that "0 of 4 have HLR" tells something about all four, is a property of the group the
// row describes, and that group's own total is suppressed when it is below k.)
//
// Complementary suppression: in a table with totals, one hidden cell in a row or column can be
// recomputed as total minus the visible cells. So whenever a line (a row or column with its
// total) has exactly one hidden cell, the smallest other non-zero cell of that line is hidden
// too, repeated until no line has exactly one. This is the usual first line of defence, not a
// full audit: with several linked tables a determined reader can still narrow values down.

export type SuppressionReason = 'FEWER_THAN_K' | 'COMPLEMENTARY';

export interface SuppressedCell {
  /** null when suppressed. */
  value: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  /** Number of employees, when the input gave one apart from the value; null when suppressed. */
  count?: number | null;
}

/**
 * A count of employees, or a value (e.g. a sum of FTE) with the number of employees it is
 * built on. Values must add up across a line for the totals to mean anything, and each
 * employee must be in one cell only.
 */
export type CellInput = number | { value: number; count: number };

export interface SuppressionOptions {
  /** Smallest group shown; default 5. */
  k?: number;
}

export const DEFAULT_K = 5;

interface WorkCell {
  value: number;
  count: number;
  hasCount: boolean;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

function kOf(options: SuppressionOptions): number {
  const k = options.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number >= 1');
  return k;
}

function toWork(input: CellInput): WorkCell {
  const value = typeof input === 'number' ? input : input.value;
  const count = typeof input === 'number' ? input : input.count;
  if (!Number.isFinite(value) || !Number.isInteger(count) || count < 0) {
    throw new RangeError('a cell needs a finite value and a whole, non-negative count');
  }
  return { value, count, hasCount: typeof input !== 'number', suppressed: false, reason: null };
}

function totalOf(cells: readonly WorkCell[]): WorkCell {
  let value = 0;
  let count = 0;
  for (const c of cells) {
    value += c.value;
    count += c.count;
  }
  return { value, count, hasCount: cells.some((c) => c.hasCount), suppressed: false, reason: null };
}

/** The primary rule: 1 to k − 1 employees. */
export function isBelowK(count: number, k: number = DEFAULT_K): boolean {
  return count > 0 && count < k;
}

function applyPrimary(cell: WorkCell, k: number): void {
  if (isBelowK(cell.count, k)) {
    cell.suppressed = true;
    cell.reason = 'FEWER_THAN_K';
  }
}

/**
 * One pass over one line (its cells and its total): if the total is visible and exactly one
 * cell is hidden, hide the smallest visible non-zero cell (by employees, then value, then
 * position). If there is none, hide the total. Returns true when it changed something.
 */
function protectLine(cells: readonly WorkCell[], total: WorkCell): boolean {
  if (total.suppressed) return false;
  if (cells.filter((c) => c.suppressed).length !== 1) return false;
  let candidate: WorkCell | null = null;
  for (const c of cells) {
    if (c.suppressed || c.count === 0) continue;
    if (
      candidate === null ||
      c.count < candidate.count ||
      (c.count === candidate.count && Math.abs(c.value) < Math.abs(candidate.value))
    ) {
      candidate = c;
    }
  }
  const target = candidate ?? total;
  target.suppressed = true;
  target.reason = 'COMPLEMENTARY';
  return true;
}

function toOutput(cell: WorkCell): SuppressedCell {
  const out: SuppressedCell = {
    value: cell.suppressed ? null : cell.value,
    suppressed: cell.suppressed,
    reason: cell.reason,
  };
  if (cell.hasCount) out.count = cell.suppressed ? null : cell.count;
  return out;
}

/** A single figure with no total beside it. */
export function suppressCell(input: CellInput, options: SuppressionOptions = {}): SuppressedCell {
  const cell = toWork(input);
  applyPrimary(cell, kOf(options));
  return toOutput(cell);
}

export interface SuppressedList {
  cells: SuppressedCell[];
  total: SuppressedCell;
}

/** A list of figures with their total (e.g. employees per profession in a unit). */
export function suppressList(
  inputs: readonly CellInput[],
  options: SuppressionOptions = {},
): SuppressedList {
  const k = kOf(options);
  const cells = inputs.map(toWork);
  const total = totalOf(cells);
  for (const c of [...cells, total]) applyPrimary(c, k);
  while (protectLine(cells, total)) {
    // each pass hides one more cell; a line with two or more hidden cells is done
  }
  return { cells: cells.map(toOutput), total: toOutput(total) };
}

export interface SuppressedTable {
  cells: SuppressedCell[][];
  rowTotals: SuppressedCell[];
  columnTotals: SuppressedCell[];
  grandTotal: SuppressedCell;
}

/**
 * A rows × columns table; totals are computed here. The row of column totals and the column
 * of row totals are lines too (their total is the grand total), so a hidden row total cannot
 * be recomputed from the grand total either. Repeats until stable: every pass hides at least
 * one more cell, so it ends.
 */
export function suppressTable(
  rows: readonly (readonly CellInput[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  const k = kOf(options);
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width))
    throw new RangeError('all rows must have the same length');

  // grid[r][c] with the totals in row `rows.length` and column `width`.
  const grid: WorkCell[][] = rows.map((r) => r.map(toWork));
  for (const row of grid) row.push(totalOf(row));
  const totalsRow: WorkCell[] = [];
  for (let c = 0; c <= width; c += 1) totalsRow.push(totalOf(grid.map((row) => row[c])));
  grid.push(totalsRow);
  for (const row of grid) for (const cell of row) applyPrimary(cell, k);

  const height = rows.length;
  const lines: { cells: WorkCell[]; total: WorkCell }[] = [];
  for (let r = 0; r <= height; r += 1) {
    lines.push({ cells: grid[r].slice(0, width), total: grid[r][width] });
  }
  for (let c = 0; c <= width; c += 1) {
    lines.push({ cells: grid.slice(0, height).map((row) => row[c]), total: grid[height][c] });
  }

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) if (protectLine(line.cells, line.total)) changed = true;
  }

  return {
    cells: grid.slice(0, height).map((row) => row.slice(0, width).map(toOutput)),
    rowTotals: grid.slice(0, height).map((row) => toOutput(row[width])),
    columnTotals: grid[height].slice(0, width).map(toOutput),
    grandTotal: toOutput(grid[height][width]),
  };
}
