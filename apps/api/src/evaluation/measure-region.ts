import {
  COMPUTED_KIND_NAMES,
  COMPUTED_KINDS,
  coverageFigure,
  EXPIRING_MONTHS,
  periodEnd,
  PROFESSIONS,
  ROLLING_MONTHS,
  shareFigure,
  type ComputedIndicatorKind,
  type Figure,
} from '@kp/domain';
import { z } from 'zod';
import { col, rows, type Queryable } from '../database/sql';
import type {
  EvaluationRepository,
  IndicatorRow,
  NewMeasurement,
  PlaceRef,
} from './evaluation.repository';
import {
  APPRAISAL_COMPLETION_SQL,
  CERTIFICATES_EXPIRING_SQL,
  LEAVERS_SQL,
  MEASURES_COMPLETED_SQL,
  PROFESSION_SHARE_SQL,
  RequirementCoverageRow,
  requirementCoverageSql,
  UnitCountRow,
} from './indicator-figures.sql';

const UnitPlace = z.object({ id: col.id, municipalityId: col.id, path: z.array(col.id) });
type UnitPlace = z.infer<typeof UnitPlace>;
const CompetenceIds = z.object({ id: col.id, tags: z.array(col.text) });

const HEALTH_CODES = PROFESSIONS.filter((p) => p.healthEducation).map((p) => p.code);
const HIGHER_CODES = PROFESSIONS.filter((p) => p.higherEducation).map((p) => p.code);

/** Each scope a computed figure is kept for: the region, every municipality, every unit. */
interface ScopeOf {
  place: PlaceRef;
  /** The units whose own staff make up the scope. */
  unitIds: Set<string>;
}

function scopesOf(regionId: string, units: readonly UnitPlace[]): ScopeOf[] {
  const scopes: ScopeOf[] = [
    {
      place: { level: 'REGION', id: regionId, municipalityId: null, unitId: null },
      unitIds: new Set(units.map((u) => u.id)),
    },
  ];
  const municipalities = new Map<string, Set<string>>();
  for (const unit of units) {
    const set = municipalities.get(unit.municipalityId) ?? new Set<string>();
    set.add(unit.id);
    municipalities.set(unit.municipalityId, set);
  }
  for (const [id, unitIds] of municipalities) {
    scopes.push({
      place: { level: 'MUNICIPALITY', id, municipalityId: id, unitId: null },
      unitIds,
    });
  }
  for (const unit of units) {
    scopes.push({
      place: { level: 'UNIT', id: unit.id, municipalityId: unit.municipalityId, unitId: unit.id },
      unitIds: new Set(units.filter((u) => u.path.includes(unit.id)).map((u) => u.id)),
    });
  }
  return scopes;
}

/** The SQL and parameters of each people-counting kind ($1 region, $2 dates). */
function countStatement(kind: ComputedIndicatorKind): { sql: string; extra: unknown[] } | null {
  switch (kind) {
    case 'APPRAISAL_COMPLETION':
      return { sql: APPRAISAL_COMPLETION_SQL, extra: [] };
    case 'HEALTH_EDUCATION_FTE':
      return { sql: PROFESSION_SHARE_SQL, extra: [HEALTH_CODES] };
    case 'HIGHER_EDUCATION_FTE':
      return { sql: PROFESSION_SHARE_SQL, extra: [HIGHER_CODES] };
    case 'TURNOVER':
      return { sql: LEAVERS_SQL, extra: [ROLLING_MONTHS] };
    case 'STAFF_LEAVING':
      return { sql: LEAVERS_SQL, extra: [1] };
    case 'CERTIFICATES_EXPIRING':
      return { sql: CERTIFICATES_EXPIRING_SQL, extra: [EXPIRING_MONTHS] };
    case 'GAP_CLOSED_BY_MEASURES':
      return { sql: MEASURES_COMPLETED_SQL, extra: [ROLLING_MONTHS] };
    default:
      return null;
  }
}

/** The figure of a scope from its units' counts. */
function figureOf(kind: ComputedIndicatorKind, counts: readonly UnitCountRow[]): Figure {
  const sum = (pick: (c: UnitCountRow) => number) => counts.reduce((s, c) => s + pick(c), 0);
  const spec = COMPUTED_KINDS[kind];
  if (kind === 'HEALTH_EDUCATION_FTE' || kind === 'HIGHER_EDUCATION_FTE') {
    const part = sum((c) => c.fteNumerator);
    const all = sum((c) => c.fteDenominator);
    const share = shareFigure(Math.round(part * 100), Math.round(all * 100), spec.decimals);
    return {
      numerator: Math.round(part * 100) / 100,
      denominator: Math.round(all * 100) / 100,
      value: share.value,
    };
  }
  if (spec.figure === 'COUNT') {
    const n = sum((c) => c.numerator);
    return { numerator: n, denominator: 0, value: n };
  }
  return shareFigure(
    sum((c) => c.numerator),
    sum((c) => c.denominator),
    spec.decimals,
  );
}

/** The default computed indicators every region has (the kinds without a subject). */
export async function ensureDefaultIndicators(
  db: Queryable,
  repository: EvaluationRepository,
  regionId: string,
): Promise<void> {
  for (const kind of COMPUTED_KIND_NAMES) {
    const spec = COMPUTED_KINDS[kind];
    if (spec.subject !== null) continue;
    await repository.insertIndicator(
      db,
      {
        regionId,
        name: spec.name(''),
        description: '',
        source: 'COMPUTED',
        computedKind: kind,
        competenceId: null,
        tag: null,
        kostraCode: null,
        unit: spec.unit,
        decimals: spec.decimals,
        direction: spec.direction,
        target: null,
      },
      null,
    );
  }
}

/**
 * Measures every computed indicator of a region on the ends of the given months and keeps the
 * figures for the region, each municipality and each unit (with the units' own counts for
 * rounded readers). A month another run has measured already is skipped (claimed in
 * `measurement_run` in the same transaction), so this is idempotent and safe to run on two
 * instances at once. Runs in the caller's transaction (`db`).
 */
export async function measureRegion(
  db: Queryable,
  repository: EvaluationRepository,
  regionId: string,
  periods: readonly string[],
  kind: 'MONTHLY' | 'REBUILT',
  /** Only these indicators, in months measured before (a new computed indicator's history). */
  onlyIndicatorIds?: readonly string[],
): Promise<string[]> {
  await ensureDefaultIndicators(db, repository, regionId);
  const claimed: string[] = [];
  if (onlyIndicatorIds) claimed.push(...periods);
  else {
    for (const period of periods) {
      if (await repository.claimPeriod(db, regionId, period, kind)) claimed.push(period);
    }
  }
  if (claimed.length === 0) return [];
  const source = kind === 'MONTHLY' ? 'COMPUTED' : 'REBUILT';
  const dates = claimed.map(periodEnd);
  const measuredOn = new Map(claimed.map((p) => [p, periodEnd(p)]));
  const indicators = (
    await rows(
      db,
      z.object({ id: col.id }),
      `SELECT id FROM indicator WHERE region_id = $1 AND source = 'COMPUTED'
         AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [regionId, onlyIndicatorIds ?? null],
    )
  ).map((r) => r.id);
  const found: IndicatorRow[] = [];
  for (const id of indicators) {
    const row = await repository.findIndicator(regionId, id, db);
    if (row) found.push(row);
  }
  const units = await rows(
    db,
    UnitPlace,
    `SELECT id, municipality_id AS "municipalityId", path FROM unit WHERE region_id = $1`,
    [regionId],
  );
  const scopes = scopesOf(regionId, units);
  const measurements: NewMeasurement[] = [];
  const unitCounts: {
    indicatorId: string;
    unitId: string;
    period: string;
    numerator: number;
    denominator: number;
  }[] = [];

  const countsCache = new Map<string, UnitCountRow[]>();
  for (const indicator of found) {
    const computedKind = indicator.computedKind as ComputedIndicatorKind;
    const statement = countStatement(computedKind);
    if (statement) {
      const key = JSON.stringify([statement.sql.length, statement.extra]);
      let counts = countsCache.get(key);
      if (!counts) {
        counts = await rows(db, UnitCountRow, statement.sql, [regionId, dates, ...statement.extra]);
        countsCache.set(key, counts);
      }
      for (const c of counts) {
        unitCounts.push({
          indicatorId: indicator.id,
          unitId: c.unitId,
          period: c.period,
          numerator: c.numerator,
          denominator: c.denominator,
        });
      }
      for (const period of claimed) {
        const ofPeriod = counts.filter((c) => c.period === period);
        for (const scope of scopes) {
          const figure = figureOf(
            computedKind,
            ofPeriod.filter((c) => scope.unitIds.has(c.unitId)),
          );
          measurements.push({
            indicatorId: indicator.id,
            place: scope.place,
            period,
            measuredOn: measuredOn.get(period) ?? periodEnd(period),
            ...figure,
            source,
          });
        }
      }
      continue;
    }
    // coverage of a competence, or of the competences with a tag (a focus area)
    const competences = await rows(
      db,
      CompetenceIds,
      `SELECT id, tags FROM competence WHERE region_id = $1`,
      [regionId],
    );
    const ids =
      computedKind === 'COMPETENCE_COVERAGE'
        ? competences.filter((c) => c.id === indicator.competenceId).map((c) => c.id)
        : competences
            .filter((c) => indicator.tag !== null && c.tags.includes(indicator.tag))
            .map((c) => c.id);
    const requirements =
      ids.length === 0
        ? []
        : await rows(db, RequirementCoverageRow, requirementCoverageSql(), [regionId, dates, ids]);
    for (const period of claimed) {
      const ofPeriod = requirements.filter((r) => r.period === period);
      for (const scope of scopes) {
        const figure = coverageFigure(
          ofPeriod.filter((r) => scope.unitIds.has(r.unitId)),
          indicator.decimals,
        );
        measurements.push({
          indicatorId: indicator.id,
          place: scope.place,
          period,
          measuredOn: measuredOn.get(period) ?? periodEnd(period),
          ...figure,
          source,
        });
      }
    }
  }
  await repository.insertUnitCounts(db, regionId, unitCounts);
  await repository.insertComputed(db, regionId, measurements);
  return claimed;
}
