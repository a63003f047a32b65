import { computeGaps, type GapSettings } from '../gap-analysis';
import { isIsoDate, yearOf } from '../iso-date';
import { generateOrganisation, type RandomOrganisation } from './random-organisation';

// A deliberately naive gap engine, written straight from the rules in docs/domain.md: for each
// requirement it scans every employee and every holding. It shares no code with computeGaps,
// so agreement on many random organisations checks the indexing, the tree numbering and the
// binary searches — the same check the SQL version will face.
function naiveGaps(org: RandomOrganisation, settings: GapSettings) {
  const parentOf = new Map(org.units.map((u) => [u.id, u.parentId]));
  const inSubtree = (unitId: string, rootId: string) => {
    if (!parentOf.has(unitId)) return false;
    for (let c: string | null = unitId; c !== null; c = parentOf.get(c) ?? null) {
      if (c === rootId) return true;
    }
    return false;
  };
  const age = settings.retirementAge ?? 67;
  return org.requirements.map((r) => {
    const retired = (birthYear: number) =>
      r.horizonDate > settings.today && yearOf(r.horizonDate) - birthYear >= age;
    const scope = org.employees.filter(
      (e) => e.active && inSubtree(e.unitId, r.unitId) && !retired(e.birthYear),
    );
    const holders = scope.filter((e) =>
      org.holdings.some(
        (h) =>
          h.employeeId === e.id &&
          h.competenceId === r.competenceId &&
          h.level >= r.minLevel &&
          (h.validUntil === null || h.validUntil >= r.horizonDate),
      ),
    );
    const expected = scope.filter(
      (e) =>
        !holders.includes(e) &&
        org.plannedCompletions.some(
          (c) =>
            c.employeeId === e.id &&
            c.competenceId === r.competenceId &&
            c.level >= r.minLevel &&
            c.expectedDate <= r.horizonDate,
        ),
    );
    // Hundredths of a percent, as a NUMERIC column in SQL would sum them.
    const units = (list: typeof scope) => list.reduce((sum, e) => sum + Math.round(e.fte * 100), 0);
    const holderUnits = units(holders);
    const isFte = r.measure === 'FTE';
    const have = isFte ? holderUnits : holders.length * 10_000;
    const need = Math.round(r.required * 10_000);
    return {
      requirementId: r.id,
      holdersHeadcount: holders.length,
      holdersFte: Math.round(holderUnits / 100) / 100,
      expectedHeadcount: expected.length,
      expectedFte: Math.round(units(expected) / 100) / 100,
      gap: Math.round(Math.max(0, need - have) / 100) / 100,
      surplus: Math.round(Math.max(0, have - need) / 100) / 100,
      coverage: need > 0 ? Math.round((have / need) * 10_000) / 10_000 : null,
      holderIds: holders.map((e) => e.id).sort(),
      expectedIds: expected.map((e) => e.id).sort(),
    };
  });
}

function fastGaps(org: RandomOrganisation, settings: GapSettings) {
  return computeGaps(org, { ...settings, includeEmployeeIds: true }).map((g) => ({
    requirementId: g.requirementId,
    holdersHeadcount: g.holdersHeadcount,
    holdersFte: g.holdersFte,
    expectedHeadcount: g.expectedHeadcount,
    expectedFte: g.expectedFte,
    gap: g.gap,
    surplus: g.surplus,
    coverage: g.coverage,
    holderIds: [...g.holderEmployeeIds!].sort(),
    expectedIds: [...g.expectedEmployeeIds!].sort(),
  }));
}

describe('generateOrganisation', () => {
  it('is reproducible from the seed', () => {
    expect(generateOrganisation(42)).toEqual(generateOrganisation(42));
    expect(generateOrganisation('reks')).toEqual(generateOrganisation('reks'));
    expect(generateOrganisation(42)).not.toEqual(generateOrganisation(43));
  });

  it('builds what the sizes ask for', () => {
    const org = generateOrganisation(1, {
      regions: 2,
      municipalities: 4,
      unitsPerMunicipality: 5,
      employees: 50,
      competences: 3,
      requirements: 12,
      plannedCompletions: 7,
    });
    expect(org.municipalities.map((m) => m.regionId)).toEqual([
      'region-1',
      'region-2',
      'region-1',
      'region-2',
    ]);
    expect(org.units).toHaveLength(20);
    expect(org.employees).toHaveLength(50);
    expect(org.competenceIds).toEqual(['c00', 'c01', 'c02']);
    expect(org.requirements).toHaveLength(12);
    expect(org.plannedCompletions).toHaveLength(7);
  });

  it('makes one tree per municipality, parents before children', () => {
    const org = generateOrganisation(7);
    const seen = new Map<string, string>();
    for (const u of org.units) {
      if (u.parentId === null) {
        expect(u.id.endsWith('-u000')).toBe(true);
      } else {
        expect(seen.get(u.parentId)).toBe(u.municipalityId);
      }
      seen.set(u.id, u.municipalityId);
    }
  });

  it('uses only known units and valid dates', () => {
    const org = generateOrganisation(11);
    const unitIds = new Set(org.units.map((u) => u.id));
    expect(isIsoDate(org.today)).toBe(true);
    for (const e of org.employees) expect(unitIds.has(e.unitId)).toBe(true);
    for (const r of org.requirements) {
      expect(unitIds.has(r.unitId)).toBe(true);
      expect(isIsoDate(r.horizonDate)).toBe(true);
    }
    for (const h of org.holdings)
      expect(h.validUntil === null || isIsoDate(h.validUntil)).toBe(true);
  });

  it('contains the awkward cases the agreement test relies on', () => {
    const org = generateOrganisation(5, { employees: 400, requirements: 80 });
    const year = yearOf(org.today);
    expect(org.employees.some((e) => !e.active)).toBe(true);
    expect(org.employees.some((e) => e.fte === 0)).toBe(true);
    expect(org.employees.some((e) => year - e.birthYear >= 67)).toBe(true);
    expect(org.holdings.some((h) => h.validUntil !== null && h.validUntil < org.today)).toBe(true);
    expect(org.requirements.some((r) => r.horizonDate < org.today)).toBe(true);
    expect(org.requirements.some((r) => r.horizonDate === org.today)).toBe(true);
    expect(org.requirements.some((r) => r.required === 0)).toBe(true);
    expect(new Set(org.requirements.map((r) => r.measure))).toEqual(new Set(['FTE', 'HEADCOUNT']));
  });

  it.each([
    [{ municipalities: 0 }],
    [{ competences: 0 }],
    [{ employees: -1 }],
    [{ requirements: 1.5 }],
  ])('rejects sizes %j', (sizes) => {
    expect(() => generateOrganisation(1, sizes)).toThrow(RangeError);
  });
});

describe('computeGaps agrees with the naive engine on random organisations', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => i + 1);

  it.each(seeds)('seed %i, retirement at 67', (seed) => {
    const org = generateOrganisation(seed, { unitsPerMunicipality: 1 + (seed % 12) });
    const settings = { today: org.today };
    expect(fastGaps(org, settings)).toEqual(naiveGaps(org, settings));
  });

  it.each(seeds)('seed %i, retirement at 62', (seed) => {
    const org = generateOrganisation(seed, { regions: 2, employees: 120 });
    const settings = { today: org.today, retirementAge: 62 };
    expect(fastGaps(org, settings)).toEqual(naiveGaps(org, settings));
  });

  it('the early-retirement scenario equals a run at that age', () => {
    const org = generateOrganisation('scenario');
    const both = computeGaps(org, { today: org.today, earlyRetirementAge: 62 });
    const at62 = computeGaps(org, { today: org.today, retirementAge: 62 });
    expect(both.map((g) => g.earlyRetirement)).toEqual(
      at62.map(
        ({
          retirementAge,
          holdersHeadcount,
          holdersFte,
          expectedHeadcount,
          expectedFte,
          holders,
          expected,
          gap,
          surplus,
          coverage,
        }) => ({
          retirementAge,
          holdersHeadcount,
          holdersFte,
          expectedHeadcount,
          expectedFte,
          holders,
          expected,
          gap,
          surplus,
          coverage,
        }),
      ),
    );
  });

  // Speed is measured in benchmarks, not here: this only checks a large input works.
  it('handles a larger organisation', () => {
    const org = generateOrganisation('large', {
      municipalities: 5,
      unitsPerMunicipality: 60,
      employees: 5000,
      competences: 40,
      requirements: 3000,
      plannedCompletions: 1000,
    });
    const gaps = computeGaps(org, { today: org.today, earlyRetirementAge: 62 });
    expect(gaps).toHaveLength(3000);
    expect(new Set(gaps.map((gap) => gap.requirementId)).size).toBe(3000);
  });
});
