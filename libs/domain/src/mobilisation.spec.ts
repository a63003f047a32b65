import { gapRow, TEST_UNITS } from './testing/gap-test-rows';
import { MOBILISATION_LIMITS, mobilisationOptions } from './mobilisation';

// Tree: g-helse → g-sykehjem → {g-avd-a, g-avd-b}; g-helse → g-hjemme; o-helse → o-sykehjem;
// x-helse lies in another region.
const gaps = [
  gapRow('S1', 'g-avd-b', { surplus: 3 }),
  gapRow('S2', 'o-sykehjem', { surplus: 1 }),
  gapRow('S3', 'g-sykehjem', { surplus: 2 }), // parent of g-avd-a and g-avd-b
  gapRow('S5', 'o-sykehjem', { surplus: 1, minLevel: 4 }),
  gapRow('S6', 'x-helse', { surplus: 9 }), // other region
  gapRow('G1', 'g-avd-a', { gap: 1, priority: 'CRITICAL', coverage: 0.5 }),
  gapRow('G2', 'g-hjemme', { gap: 2, coverage: 0 }),
  gapRow('G4', 'g-avd-b', { gap: 1, minLevel: 4, priority: 'DESIRABLE', coverage: 0 }),
  gapRow('G5', 'g-hjemme', { gap: 0.5, measure: 'FTE', coverage: 0.5 }), // no FTE surplus
  gapRow('OK', 'g-hjemme', { competenceId: 'hlr', surplus: 2 }), // nothing to pair with
];

describe('mobilisationOptions', () => {
  const groups = mobilisationOptions(gaps, TEST_UNITS);

  it('pairs within one competence and region only', () => {
    expect(groups.map((g) => [g.competenceId, g.regionId])).toEqual([['demens', 'reks']]);
  });

  it('orders by gap and applies the level, measure and subtree rules', () => {
    // Gaps biggest first: G2 (2), G1 (1, critical), G4 (1, desirable).
    // Surpluses largest first: S1 (3), S3 (2), S2 (1), S5 (1).
    // G2 (level 3, g-hjemme): all four fit.
    // G1 (level 3, g-avd-a): S3 is g-avd-a's parent, so it is left out.
    // G4 (level 4): only S5 is at level 4.
    const pairs = groups[0].pairs.map((p) => [
      p.to.requirementId,
      p.from.requirementId,
      p.transferable,
    ]);
    expect(pairs).toEqual([
      ['G2', 'S1', 2], // min(3, 2)
      ['G2', 'S3', 2],
      ['G2', 'S2', 1],
      ['G2', 'S5', 1],
      ['G1', 'S1', 1],
      ['G1', 'S2', 1],
      ['G1', 'S5', 1],
      ['G4', 'S5', 1],
    ]);
  });

  it('describes both ends', () => {
    expect(groups[0].pairs[0]).toEqual({
      competenceId: 'demens',
      regionId: 'reks',
      measure: 'HEADCOUNT',
      from: {
        requirementId: 'S1',
        unitId: 'g-avd-b',
        municipalityId: '3407',
        minLevel: 3,
        horizonDate: '2029-01-01',
        priority: 'IMPORTANT',
        surplus: 3,
      },
      to: {
        requirementId: 'G2',
        unitId: 'g-hjemme',
        municipalityId: '3407',
        minLevel: 3,
        horizonDate: '2029-01-01',
        priority: 'IMPORTANT',
        gap: 2,
        coverage: 0,
      },
      transferable: 2,
    });
  });

  it('gives nothing without both a surplus and a gap', () => {
    expect(mobilisationOptions([gapRow('S', 'g-avd-a', { surplus: 1 })], TEST_UNITS)).toEqual([]);
    expect(mobilisationOptions([], TEST_UNITS)).toEqual([]);
  });

  describe('with limits', () => {
    const pairsOf = (limits: { perGap: number; gaps: number }, rows = gaps) =>
      mobilisationOptions(rows, TEST_UNITS, limits).flatMap((g) =>
        g.pairs.map((p) => `${p.to.requirementId}<${p.from.requirementId}`),
      );

    it.each([
      // the unbounded list, for comparison: G2 has 4 sources, G1 3, G4 1
      [
        { perGap: 99, gaps: 99 },
        ['G2<S1', 'G2<S3', 'G2<S2', 'G2<S5', 'G1<S1', 'G1<S2', 'G1<S5', 'G4<S5'],
      ],
      // each gap's largest surpluses first
      [{ perGap: 2, gaps: 99 }, ['G2<S1', 'G2<S3', 'G1<S1', 'G1<S2', 'G4<S5']],
      [{ perGap: 1, gaps: 99 }, ['G2<S1', 'G1<S1', 'G4<S5']],
      // the biggest gaps: G2 (2), then G1 (1, critical) before G4 (1, desirable)
      [{ perGap: 1, gaps: 2 }, ['G2<S1', 'G1<S1']],
      [{ perGap: 3, gaps: 1 }, ['G2<S1', 'G2<S3', 'G2<S2']],
    ])('%j', (limits, expected) => {
      expect(pairsOf(limits)).toEqual(expected);
    });

    it('counts only gaps that have a source toward the limit of gaps', () => {
      // G9 is the biggest gap but nothing fits it (level 9): G2 still makes the cut of one
      const rows = [...gaps, gapRow('G9', 'g-hjemme', { gap: 5, minLevel: 9 })];
      expect(pairsOf({ perGap: 1, gaps: 1 }, rows)).toEqual(['G2<S1']);
    });

    it('keeps the answer bounded however many surpluses and gaps a competence has', () => {
      const many = [
        ...Array.from({ length: 400 }, (_, i) =>
          gapRow(`S${i}`, 'o-sykehjem', { surplus: 1 + (i % 7) }),
        ),
        ...Array.from({ length: 400 }, (_, i) => gapRow(`G${i}`, 'g-hjemme', { gap: 1 + (i % 5) })),
      ];
      const pairs = pairsOf(MOBILISATION_LIMITS, many);
      expect(pairs).toHaveLength(MOBILISATION_LIMITS.gaps * MOBILISATION_LIMITS.perGap);
      // unbounded it is every pair
      const fewer = many.filter((g) => Number(g.requirementId.slice(1)) < 40);
      expect(mobilisationOptions(fewer, TEST_UNITS)[0].pairs).toHaveLength(40 * 40);
    });
  });
});
