import { coverageBand, heatmapMatrix, type HeatmapSourceCell } from './heatmap-matrix';

const shown = (value: number | null) => ({ value, suppressed: false, reason: null });
const HIDDEN = { value: null, suppressed: true, reason: 'Skjult: færre enn 5 personer' };

function cell(
  scopeId: string,
  competenceId: string,
  required: number,
  gap: number | null,
  measure: 'HEADCOUNT' | 'FTE' = 'HEADCOUNT',
): HeatmapSourceCell {
  return {
    scopeId,
    competenceId,
    measure,
    required,
    gap: gap === null ? HIDDEN : shown(gap),
    coverage: gap === null ? HIDDEN : shown((required - gap) / required),
  };
}

describe('coverageBand', () => {
  it.each([
    [0, 'low'],
    [0.4999, 'low'],
    [0.5, 'medium'],
    [0.7999, 'medium'],
    [0.8, 'high'],
    [0.9999, 'high'],
    [1, 'full'],
    [1.4, 'full'],
  ])('puts coverage %s in band %s', (value, band) => {
    expect(coverageBand(shown(value))).toBe(band);
  });

  it('tells hidden from nothing required', () => {
    expect(coverageBand(HIDDEN)).toBe('hidden');
    expect(coverageBand(shown(null))).toBe('none');
    expect(coverageBand(undefined)).toBe('none');
  });
});

describe('heatmapMatrix', () => {
  const source = {
    rows: [
      { id: 'gjovik', name: 'Gjøvik', level: 'MUNICIPALITY' },
      { id: 'toten', name: 'Østre Toten', level: 'MUNICIPALITY' },
    ],
    competences: [
      { id: 'demens', name: 'Demensomsorg' },
      { id: 'hlr', name: 'HLR' },
      { id: 'unused', name: 'Ikke etterspurt' },
    ],
    cells: [
      cell('gjovik', 'hlr', 10, 0),
      cell('toten', 'hlr', 8, 6),
      cell('gjovik', 'demens', 4, null),
      cell('toten', 'demens', 2.5, 0.5, 'FTE'),
    ],
    totals: [
      cell('r', 'hlr', 18, 6),
      cell('r', 'demens', 4, null),
      cell('r', 'demens', 2.5, 0.5, 'FTE'),
    ],
  };

  it('puts competences down and municipalities across, with the total', () => {
    const matrix = heatmapMatrix(source);
    expect(matrix.columns).toEqual([
      { id: 'gjovik', name: 'Gjøvik' },
      { id: 'toten', name: 'Østre Toten' },
    ]);
    expect(matrix.lines.map((line) => line.key)).toEqual([
      'demens|HEADCOUNT',
      'demens|FTE',
      'hlr|HEADCOUNT',
    ]);
    const hlr = matrix.lines[2];
    expect(hlr.cells.map((c) => [c.band, c.coverage, c.required, c.gap])).toEqual([
      ['full', 1, 10, 0],
      ['low', 0.25, 8, 6],
    ]);
    expect(hlr.total).toMatchObject({ band: 'medium', required: 18, gap: 6 });
  });

  it('marks cells whose coverage is built from rounded counts', () => {
    const rounded = cell('m1', 'hlr', 10, 5);
    rounded.coverage = { ...rounded.coverage, rounded: true };
    const matrix = heatmapMatrix({
      rows: [{ id: 'm1', name: 'Gjøvik' }],
      competences: [{ id: 'hlr', name: 'HLR' }],
      cells: [rounded],
      totals: [],
    });
    expect(matrix.lines[0].cells[0]).toMatchObject({
      band: 'medium',
      coverage: 0.5,
      rounded: true,
    });
  });

  it('shows hidden cells as hidden with their reason, and empty cells as empty', () => {
    const [demens, demensFte] = heatmapMatrix(source).lines;
    expect(demens.cells[0]).toEqual({
      band: 'hidden',
      coverage: null,
      required: 4,
      gap: null,
      reason: 'Skjult: færre enn 5 personer',
      rounded: false,
    });
    expect(demens.cells[1]).toEqual({
      band: 'none',
      coverage: null,
      required: null,
      gap: null,
      reason: null,
      rounded: false,
    });
    expect(demensFte.cells[1]).toMatchObject({ band: 'high', coverage: 0.8 });
  });
});
