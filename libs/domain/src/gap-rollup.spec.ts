import { rollUpByMunicipality, rollUpByRegion, rollUpByUnit } from './gap-rollup';
import { gapRow, TEST_UNITS } from './testing/gap-test-rows';

const H = '2029-01-01';
const H2 = '2029-01-15';

// Tree: g-helse → g-sykehjem → {g-avd-a, g-avd-b}; g-helse → g-hjemme; o-helse → o-sykehjem.
const gaps = [
  gapRow('A', 'g-avd-a', { required: 4, gap: 1 }),
  gapRow('B', 'g-avd-b', { required: 2, surplus: 3 }),
  gapRow('C', 'g-hjemme', { required: 3, gap: 2 }),
  gapRow('D', 'o-sykehjem', { required: 5, surplus: 1 }),
  gapRow('E', 'g-avd-a', { required: 2.5, gap: 0.1, measure: 'FTE' }),
  gapRow('F', 'g-avd-a', { required: 1, gap: 1, horizonDate: H2 }),
  gapRow('G1', 'g-avd-b', { competenceId: 'hlr', measure: 'FTE', required: 0.2, gap: 0.1 }),
  gapRow('G2', 'g-avd-a', { competenceId: 'hlr', measure: 'FTE', required: 0.1, gap: 0.1 }),
];

function pick(rows: ReturnType<typeof rollUpByRegion>, scopeId: string, competenceId = 'demens') {
  return rows
    .filter((r) => r.scopeId === scopeId && r.competenceId === competenceId)
    .map((r) => [
      r.measure,
      r.horizonKey,
      r.requirementCount,
      r.required,
      r.gap,
      r.surplus,
      r.covered,
      r.coverage,
    ]);
}

describe('rollUpByMunicipality', () => {
  const rows = rollUpByMunicipality(gaps);

  it('sums gaps and surpluses without netting them', () => {
    // Gjøvik, demens, headcount, H: A + B + C → required 4 + 2 + 3 = 9, gap 1 + 0 + 2 = 3,
    // surplus 3. Netting would claim no gap at all; coverage (9 − 3) / 9 = 0.6667.
    // E (FTE) and F (another horizon) stay in their own rows.
    expect(pick(rows, '3407')).toEqual([
      ['FTE', H, 1, 2.5, 0.1, 0, 2.4, 0.96],
      ['HEADCOUNT', H, 3, 9, 3, 3, 6, 0.6667],
      ['HEADCOUNT', H2, 1, 1, 1, 0, 0, 0],
    ]);
    expect(pick(rows, '3442')).toEqual([['HEADCOUNT', H, 1, 5, 0, 1, 5, 1]]);
  });

  it('adds FTE in hundredths: 0.2 + 0.1 is 0.3', () => {
    // hlr in Gjøvik: required 0.2 + 0.1 = 0.3, gap 0.1 + 0.1 = 0.2, covered 0.1,
    // coverage 0.1 / 0.3 = 0.3333.
    expect(pick(rows, '3407', 'hlr')).toEqual([['FTE', H, 2, 0.3, 0.2, 0, 0.1, 0.3333]]);
  });

  it('groups horizons by the given key', () => {
    const byBucket = rollUpByMunicipality(gaps, { horizonKey: () => '3Y' });
    // A + B + C + F: required 10, gap 4, surplus 3, coverage (10 − 4) / 10 = 0.6.
    expect(pick(byBucket, '3407')).toEqual([
      ['FTE', '3Y', 1, 2.5, 0.1, 0, 2.4, 0.96],
      ['HEADCOUNT', '3Y', 4, 10, 4, 3, 6, 0.6],
    ]);
  });
});

describe('rollUpByRegion', () => {
  it('sums across municipalities', () => {
    // A + B + C + D: required 14, gap 3, surplus 4, covered 11, coverage 11 / 14 = 0.7857.
    const rows = rollUpByRegion(gaps);
    expect(pick(rows, 'reks')).toEqual([
      ['FTE', H, 1, 2.5, 0.1, 0, 2.4, 0.96],
      ['HEADCOUNT', H, 4, 14, 3, 4, 11, 0.7857],
      ['HEADCOUNT', H2, 1, 1, 1, 0, 0, 0],
    ]);
  });

  it('gives no coverage when nothing is required', () => {
    const rows = rollUpByRegion([gapRow('Z', 'o-sykehjem', { required: 0, surplus: 2 })]);
    expect(rows[0]).toMatchObject({ required: 0, surplus: 2, coverage: null });
  });
});

describe('rollUpByUnit', () => {
  const rows = rollUpByUnit(
    gaps.filter((g) => g.measure === 'HEADCOUNT' && g.horizonDate === H),
    TEST_UNITS,
  );

  it.each([
    // unit, required, gap, surplus, coverage
    ['g-avd-a', 4, 1, 0, 0.75], // A
    ['g-avd-b', 2, 0, 3, 1], // B
    ['g-sykehjem', 6, 1, 3, 0.8333], // A + B: (6 − 1) / 6
    ['g-hjemme', 3, 2, 0, 0.3333], // C
    ['g-helse', 9, 3, 3, 0.6667], // A + B + C
    ['o-sykehjem', 5, 0, 1, 1], // D
    ['o-helse', 5, 0, 1, 1], // D
  ])(
    '%s: required %d, gap %d, surplus %d, coverage %d',
    (unit, required, gap, surplus, coverage) => {
      expect(rows.find((r) => r.scopeId === unit)).toMatchObject({
        level: 'UNIT',
        required,
        gap,
        surplus,
        coverage,
      });
    },
  );

  it('has a row only for units with requirements in their subtree, sorted by id', () => {
    expect(rows.map((r) => r.scopeId)).toEqual([
      'g-avd-a',
      'g-avd-b',
      'g-helse',
      'g-hjemme',
      'g-sykehjem',
      'o-helse',
      'o-sykehjem',
    ]);
  });
});
