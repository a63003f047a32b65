// A small dense simplex (two phases, Bland's rule) for the inference model's exact bounds on
// small cases. Not for large problems: the tableau is dense.

export interface LpRow {
  /** Coefficients by variable index. */
  coefficients: ReadonlyArray<readonly [number, number]>;
  sense: '<=' | '>=' | '=';
  rhs: number;
}

export interface LpProblem {
  /** Number of variables; each is >= 0. */
  variables: number;
  rows: readonly LpRow[];
}

export type LpResult =
  { status: 'optimal'; value: number } | { status: 'infeasible' | 'unbounded' };

const EPS = 1e-9;

/**
 * Maximises objective · x subject to the rows and x >= 0. The value is exact up to floating
 * point (the callers round it outwards).
 */
export function maximise(
  problem: LpProblem,
  objective: ReadonlyArray<readonly [number, number]>,
): LpResult {
  const m = problem.rows.length;
  const n = problem.variables;
  // columns: variables, one slack/surplus per inequality row, one artificial per row that needs it
  const rows = problem.rows.map((row) => {
    const flip = row.rhs < 0;
    const sense = flip ? (row.sense === '<=' ? '>=' : row.sense === '>=' ? '<=' : '=') : row.sense;
    return { row, flip, sense };
  });
  const slackCount = rows.filter((r) => r.sense !== '=').length;
  const artificialCount = rows.filter((r) => r.sense !== '<=').length;
  const width = n + slackCount + artificialCount + 1; // last column: rhs
  const tableau: Float64Array[] = [];
  const basis: number[] = [];
  let slack = n;
  let artificial = n + slackCount;
  const artificials: number[] = [];
  for (const { row, flip, sense } of rows) {
    const line = new Float64Array(width);
    for (const [index, value] of row.coefficients) line[index] += flip ? -value : value;
    line[width - 1] = flip ? -row.rhs : row.rhs;
    if (sense === '<=') {
      line[slack] = 1;
      basis.push(slack);
      slack += 1;
    } else {
      if (sense === '>=') {
        line[slack] = -1;
        slack += 1;
      }
      line[artificial] = 1;
      basis.push(artificial);
      artificials.push(artificial);
      artificial += 1;
    }
    tableau.push(line);
  }

  const pivot = (r: number, c: number) => {
    const line = tableau[r];
    const p = line[c];
    for (let j = 0; j < width; j += 1) line[j] /= p;
    for (let i = 0; i < m; i += 1) {
      if (i === r) continue;
      const factor = tableau[i][c];
      if (Math.abs(factor) < EPS) continue;
      const other = tableau[i];
      for (let j = 0; j < width; j += 1) other[j] -= factor * line[j];
    }
    basis[r] = c;
  };

  /** Maximises cost · x over the current tableau; columns with allowed[c] false never enter. */
  const run = (cost: Float64Array, allowed: (c: number) => boolean): 'optimal' | 'unbounded' => {
    for (let iteration = 0; iteration < 50_000; iteration += 1) {
      // reduced cost of column c: cost[c] − Σ cost[basis[i]] · tableau[i][c]
      let entering = -1;
      for (let c = 0; c < width - 1 && entering < 0; c += 1) {
        if (!allowed(c) || basis.includes(c)) continue;
        let reduced = cost[c];
        for (let i = 0; i < m; i += 1) reduced -= cost[basis[i]] * tableau[i][c];
        if (reduced > EPS) entering = c;
      }
      if (entering < 0) return 'optimal';
      let leaving = -1;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < m; i += 1) {
        const a = tableau[i][entering];
        if (a <= EPS) continue;
        const ratio = tableau[i][width - 1] / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leaving])) {
          best = ratio;
          leaving = i;
        }
      }
      if (leaving < 0) return 'unbounded';
      pivot(leaving, entering);
    }
    throw new Error('simplex did not converge');
  };

  if (artificials.length > 0) {
    const phaseOne = new Float64Array(width);
    for (const a of artificials) phaseOne[a] = -1;
    run(phaseOne, () => true);
    let infeasibility = 0;
    for (let i = 0; i < m; i += 1)
      if (phaseOne[basis[i]] !== 0) infeasibility += tableau[i][width - 1];
    if (infeasibility > 1e-7) return { status: 'infeasible' };
    // drive artificials that stay basic at zero out of the basis where possible
    const isArtificial = (c: number) => c >= n + slackCount;
    for (let i = 0; i < m; i += 1) {
      if (!isArtificial(basis[i])) continue;
      for (let c = 0; c < n + slackCount; c += 1) {
        if (Math.abs(tableau[i][c]) > EPS && !basis.includes(c)) {
          pivot(i, c);
          break;
        }
      }
    }
  }
  const cost = new Float64Array(width);
  for (const [index, value] of objective) cost[index] += value;
  const status = run(cost, (c) => c < n + slackCount);
  if (status === 'unbounded') return { status };
  let value = 0;
  for (let i = 0; i < m; i += 1) value += cost[basis[i]] * tableau[i][width - 1];
  return { status: 'optimal', value };
}
