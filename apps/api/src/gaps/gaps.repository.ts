import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonalDataScope, scopePredicate } from '../auth/scope';
import type { Horizon, Measure, Priority } from '../requirements/requirement.enums';
import type { HorizonDates } from '../requirements/horizons';
import {
  gapEngineSql,
  NO_PLANNED_COMPLETIONS_SQL,
  peopleSql,
  realkompetanseHoldingsSql,
  retiredSql,
} from './gap-engine.sql';
import { SqlParams } from '../database/sql-params';
import { VersionedCache } from '../common/versioned-cache';

/** A region, one municipality, or one unit and everything below it. */
export interface GapScope {
  regionId: string;
  municipalityId: string | null;
  unitId: string | null;
}

export interface RegionSettings {
  name: string;
  minGroupSize: number;
  retirementAge: number;
}

export interface UnitNode {
  id: string;
  parentId: string | null;
  municipalityId: string;
  name: string;
  path: string[];
}

export interface RequirementSelection {
  horizons: readonly Horizon[];
  competenceIds: readonly string[] | null;
  area: string | null;
  tag: string | null;
  priorities: readonly Priority[] | null;
}

/** What the engine is asked: its answer depends on these and the region's data alone. */
export interface EngineQuery {
  scope: GapScope;
  today: string;
  dates: HorizonDates;
  selection: RequirementSelection;
  ages: readonly number[];
}

/** One requirement at one evaluated horizon (what the figures are computed for). */
export interface RequirementItem {
  requirementId: string;
  horizon: Horizon;
  unitId: string;
  municipalityId: string;
  competenceId: string;
  minLevel: number;
  required: number;
  measure: Measure;
  priority: Priority;
}

/** One requirement at one horizon under one retirement age, as the engine returns it. */
export interface EngineRow extends RequirementItem {
  age: number;
  holdersHeadcount: number;
  holdersFte: number;
  expectedHeadcount: number;
  expectedFte: number;
  holders: number;
  expected: number;
  gap: number;
  surplus: number;
  coverage: number | null;
}

export interface HolderRow {
  employeeId: string;
  givenName: string;
  familyName: string;
  unitId: string;
  professionCode: string | null;
  fte: number;
  birthYear: number | null;
  level: number;
  validUntil: string | null;
}

/** `people` CTE condition for a scope (the region is in the base condition). */
export function scopeCondition(
  scope: GapScope,
  params: SqlParams,
  municipality: string,
  path: string,
) {
  if (scope.unitId) return `${path} @> ARRAY[${params.add(scope.unitId, 'uuid')}]`;
  if (scope.municipalityId) return `${municipality} = ${params.add(scope.municipalityId, 'uuid')}`;
  return undefined;
}

/**
 * A requirement's own date (its target date, or its horizon's) and the evaluated horizons
 * with their dates, for `CROSS JOIN unnest(horizons, horizonDates)`: a requirement is
 * evaluated at every horizon on or after its own date.
 */
export function horizonParts(
  p: SqlParams,
  alias: string,
  today: string,
  dates: HorizonDates,
  evaluated: readonly Horizon[],
) {
  return {
    ownDate: `coalesce(${alias}.target_date, CASE ${alias}.horizon
        WHEN 'NOW' THEN ${today}
        WHEN 'ONE_YEAR' THEN ${p.add(dates.ONE_YEAR, 'date')}
        ELSE ${p.add(dates.THREE_YEARS, 'date')} END)`,
    horizons: p.add(evaluated, 'text[]'),
    horizonDates: p.add(
      evaluated.map((h) => dates[h]),
      'date[]',
    ),
  };
}

/** All SQL of the gap analysis: the engine, holders, retirement wave and expiring certificates. */
@Injectable()
export class GapsRepository {
  /** Engine results by region data version (docs/gap-analysis.md, "Speed"). */
  private readonly engineResults = new VersionedCache<EngineRow[]>(200);
  private readonly itemResults = new VersionedCache<RequirementItem[]>(200);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Goes up with every committed change to what the gap figures are computed from. */
  async dataVersion(regionId: string): Promise<string> {
    const [row] = await this.db.query(
      `SELECT version::text AS version FROM region_data_version WHERE region_id = $1`,
      [regionId],
    );
    return row?.version ?? '0';
  }

  async regionSettings(regionId: string): Promise<RegionSettings> {
    const [row] = await this.db.query(
      `SELECT name, min_group_size AS "minGroupSize", retirement_age AS "retirementAge"
       FROM region WHERE id = $1`,
      [regionId],
    );
    if (!row) throw new Error(`Region ${regionId} not found`);
    return row;
  }

  async findMunicipality(
    regionId: string,
    id: string,
  ): Promise<{ id: string; name: string } | null> {
    const rows = await this.db.query(
      `SELECT id, name FROM municipality WHERE region_id = $1 AND id = $2`,
      [regionId, id],
    );
    return rows[0] ?? null;
  }

  listMunicipalities(regionId: string): Promise<Array<{ id: string; name: string }>> {
    return this.db.query(`SELECT id, name FROM municipality WHERE region_id = $1 ORDER BY number`, [
      regionId,
    ]);
  }

  listUnits(regionId: string): Promise<UnitNode[]> {
    return this.db.query(
      `SELECT id, parent_id AS "parentId", municipality_id AS "municipalityId", name,
              path::text[] AS path
       FROM unit WHERE region_id = $1 ORDER BY array_length(path, 1), name, id`,
      [regionId],
    );
  }

  /** Competence ids in catalogue order (area, name), for columns. */
  async competenceOrder(ids: readonly string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM competence WHERE id = ANY($1::uuid[])
       ORDER BY area COLLATE "nb-NO-x-icu", name COLLATE "nb-NO-x-icu", id`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Every requirement in the scope at every evaluated horizon it applies to (its own date on
   * or before the horizon), under each retirement age, with the engine's figures.
   */
  requirementGaps(options: EngineQuery): Promise<readonly EngineRow[]> {
    return this.engineResults.get(
      JSON.stringify(options),
      () => this.dataVersion(options.scope.regionId),
      () => this.computeRequirementGaps(options),
    );
  }

  /**
   * The requirements in the scope at every evaluated horizon they apply to, without figures:
   * for callers whose figures are built from rounded atoms (no engine run needed).
   */
  requirementItems(options: Omit<EngineQuery, 'ages'>): Promise<readonly RequirementItem[]> {
    return this.itemResults.get(
      JSON.stringify(options),
      () => this.dataVersion(options.scope.regionId),
      async () => {
        const p = new SqlParams();
        const items = this.itemsSql(options, p, p.add(options.today, 'date'));
        return this.db.query(
          `SELECT i.requirement_id AS "requirementId", i.horizon, i.unit_id AS "unitId",
                  i.municipality_id AS "municipalityId", i.competence_id AS "competenceId",
                  i.min_level AS "minLevel", i.required::float8 AS required, i.measure, i.priority
           FROM (${items}) i
           ORDER BY i.requirement_id, array_position(ARRAY['NOW', 'ONE_YEAR', 'THREE_YEARS'], i.horizon)`,
          p.values,
        );
      },
    );
  }

  /** The `items` relation of the engine for a scope and selection. */
  private itemsSql(options: Omit<EngineQuery, 'ages'>, p: SqlParams, today: string): string {
    const { scope, selection, dates } = options;
    const region = p.add(scope.regionId, 'uuid');
    const where = [`r.region_id = ${region}`];
    const requirementScope = scopeCondition(scope, p, 'r.municipality_id', 'ru.path');
    if (requirementScope) where.push(requirementScope);
    if (selection.competenceIds) {
      where.push(`r.competence_id = ANY(${p.add(selection.competenceIds, 'uuid[]')})`);
    }
    if (selection.area) where.push(`lower(c.area) = lower(${p.add(selection.area, 'text')})`);
    if (selection.tag) {
      where.push(
        `EXISTS (SELECT 1 FROM unnest(c.tags) AS t WHERE lower(t) = lower(${p.add(selection.tag, 'text')}))`,
      );
    }
    if (selection.priorities) {
      where.push(`r.priority = ANY(${p.add(selection.priorities, 'text[]')})`);
    }
    const { ownDate, horizons, horizonDates } = horizonParts(
      p,
      'r',
      today,
      dates,
      selection.horizons,
    );
    return `
      SELECT r.id::text || '|' || h.horizon AS key, r.id AS requirement_id, h.horizon,
             r.unit_id, r.municipality_id, r.competence_id, r.min_level, r.required, r.measure,
             h.horizon_date, r.priority
      FROM requirement r
      JOIN unit ru ON ru.id = r.unit_id
      JOIN competence c ON c.id = r.competence_id
      CROSS JOIN unnest(${horizons}, ${horizonDates}) AS h(horizon, horizon_date)
      WHERE ${where.join(' AND ')} AND ${ownDate} <= h.horizon_date`;
  }

  private async computeRequirementGaps(options: EngineQuery): Promise<EngineRow[]> {
    const { scope } = options;
    const p = new SqlParams();
    const today = p.add(options.today, 'date');
    const items = this.itemsSql(options, p, today);
    const region = p.add(scope.regionId, 'uuid');
    const people = peopleSql({
      regionId: region,
      condition: scopeCondition(scope, p, 'e.municipality_id', 'u.path'),
    });
    const sql = gapEngineSql({
      people,
      items,
      holdings: realkompetanseHoldingsSql({
        regionId: region,
        asOf: today,
        people: 'people',
        competenceCondition: 'a.competence_id IN (SELECT competence_id FROM items)',
      }),
      planned: NO_PLANNED_COMPLETIONS_SQL,
      today,
      ages: p.add(options.ages, 'int[]'),
    });
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT g.requirement_id AS "requirementId", g.horizon, g.unit_id AS "unitId",
              g.municipality_id AS "municipalityId", g.competence_id AS "competenceId",
              g.min_level AS "minLevel", g.required::float8 AS required, g.measure, g.priority,
              g.age, g.holders_headcount AS "holdersHeadcount", g.holders_fte AS "holdersFte",
              g.expected_headcount AS "expectedHeadcount", g.expected_fte AS "expectedFte",
              g.holders, g.expected, g.gap, g.surplus, g.coverage
       FROM (${sql}) g`,
      p.values,
    );
    return rows as unknown as EngineRow[];
  }

  /**
   * The requirement's unit when it lies in the caller's personal-data scope (a unit leader's
   * subtree, HR's municipality); null otherwise, as for a requirement that does not exist.
   */
  async requirementInPersonalScope(
    id: string,
    scope: PersonalDataScope,
  ): Promise<{
    id: string;
    unitId: string;
    municipalityId: string;
    competenceId: string;
    minLevel: number;
  } | null> {
    const predicate = scopePredicate(
      scope,
      { regionId: 'r.region_id', municipalityId: 'r.municipality_id', unitPath: 'u.path' },
      2,
    );
    const rows = await this.db.query(
      `SELECT r.id, r.unit_id AS "unitId", r.municipality_id AS "municipalityId",
              r.competence_id AS "competenceId", r.min_level AS "minLevel"
       FROM requirement r JOIN unit u ON u.id = r.unit_id
       WHERE r.id = $1 AND ${predicate.sql}`,
      [id, ...predicate.params],
    );
    return rows[0] ?? null;
  }

  /** The holders of one requirement at a horizon: the engine's rule, person by person. */
  holders(options: {
    regionId: string;
    unitId: string;
    competenceId: string;
    minLevel: number;
    today: string;
    horizonDate: string;
    age: number;
  }): Promise<HolderRow[]> {
    const p = new SqlParams();
    const region = p.add(options.regionId, 'uuid');
    const today = p.add(options.today, 'date');
    const horizon = p.add(options.horizonDate, 'date');
    const people = peopleSql({
      regionId: region,
      condition: `u.path @> ARRAY[${p.add(options.unitId, 'uuid')}]`,
    });
    const holdings = realkompetanseHoldingsSql({
      regionId: region,
      asOf: today,
      people: 'people',
      competenceCondition: `a.competence_id = ${p.add(options.competenceId, 'uuid')}`,
    });
    const min = p.add(options.minLevel, 'int');
    const age = p.add(options.age, 'int');
    return this.db.query(
      `WITH people AS (${people}), holdings AS (${holdings})
       SELECT e.id AS "employeeId", e.given_name AS "givenName", e.family_name AS "familyName",
              e.unit_id AS "unitId", e.profession_code AS "professionCode", e.fte::float8 AS fte,
              e.birth_year AS "birthYear", max(h.level) AS level,
              CASE WHEN bool_or(h.valid_until IS NULL) THEN NULL
                   ELSE to_char(max(h.valid_until), 'YYYY-MM-DD') END AS "validUntil"
       FROM holdings h JOIN people p ON p.id = h.employee_id JOIN employee e ON e.id = p.id
       WHERE h.level >= ${min} AND (h.valid_until IS NULL OR h.valid_until >= ${horizon})
         AND NOT ${retiredSql(horizon, today, 'p.birth_year', age)}
       GROUP BY e.id
       ORDER BY e.family_name, e.given_name, e.id`,
      p.values,
    );
  }
}
