// Test helper (used only by specs): a per-requirement gap row with defaults, so roll-up and
// mobilisation tests can state just the figures they reason about.

import type { RequirementGap } from '../gap-analysis';

export const TEST_UNITS = [
  { id: 'g-helse', parentId: null, municipalityId: '3407' },
  { id: 'g-sykehjem', parentId: 'g-helse', municipalityId: '3407' },
  { id: 'g-avd-a', parentId: 'g-sykehjem', municipalityId: '3407' },
  { id: 'g-avd-b', parentId: 'g-sykehjem', municipalityId: '3407' },
  { id: 'g-hjemme', parentId: 'g-helse', municipalityId: '3407' },
  { id: 'o-helse', parentId: null, municipalityId: '3442' },
  { id: 'o-sykehjem', parentId: 'o-helse', municipalityId: '3442' },
  { id: 'x-helse', parentId: null, municipalityId: '9999' },
];

const MUNICIPALITY_OF = new Map(TEST_UNITS.map((u) => [u.id, u.municipalityId]));

export function gapRow(
  requirementId: string,
  unitId: string,
  fields: Partial<RequirementGap>,
): RequirementGap {
  const municipalityId = MUNICIPALITY_OF.get(unitId) ?? 'unknown';
  return {
    requirementId,
    unitId,
    municipalityId,
    regionId: municipalityId === '9999' ? 'other' : 'reks',
    competenceId: 'demens',
    minLevel: 3,
    required: 0,
    measure: 'HEADCOUNT',
    horizonDate: '2029-01-01',
    priority: 'IMPORTANT',
    retirementAge: 67,
    holdersHeadcount: 0,
    holdersFte: 0,
    expectedHeadcount: 0,
    expectedFte: 0,
    holders: 0,
    expected: 0,
    gap: 0,
    surplus: 0,
    coverage: null,
    earlyRetirement: null,
    ...fields,
  };
}
