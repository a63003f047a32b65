import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Scope } from '../auth/scope';
import { employeeScopeColumns } from '../employees/people.sql';
import type { Horizon, Priority } from '../requirements/requirement.enums';
import type { HorizonDates } from '../requirements/horizons';
import { UnitKind } from '../organisation/organisation.rows';
import { gapEngineSql, peopleSql, realkompetanseHoldingsSql } from './gap-engine.sql';
import { plannedCompletionsSql } from '../participation/planned-completions.sql';
import { gapHoldersSql, HolderRow } from './gap-holders.sql';
import { knownFirst } from './known-version';
import {
  EngineRow,
  engineRowsSql,
  RequirementItemRow,
  requirementItemsSql,
} from './requirement-gaps.sql';
import type { RequirementItem } from './requirement-gaps.sql';
import { SqlParams } from '../database/sql-params';
import { col, maybeOne, rows } from '../database/sql';
import { VersionedCache } from '../common/versioned-cache';

export type { EngineRow, HolderRow, RequirementItem };

/** A region, one municipality, or one unit and everything below it. */
export interface GapScope {
  regionId: string;
  municipalityId: string | null;
  unitId: string | null;
}

/** The region's settings and the versions of its data, read in one statement per request. */
const RegionState = z.object({
  name: col.text,
  minGroupSize: col.int,
  retirementAge: col.int,
  /** region_data_version.version: what the gap engine's results follow. */
  dataVersion: col.text,
  /** region_data_version.people_version: what the protected atoms follow. */
  peopleVersion: col.text,
});
export type RegionState = z.infer<typeof RegionState>;

/** A unit with its path; also everything the Unit GraphQL type shows (so loaders can reuse it). */
const UnitNode = z.object({
  id: col.id,
  parentId: col.id.nullable(),
  municipalityId: col.id,
  name: col.text,
  kind: z.enum(UnitKind),
  serviceType: col.text.nullable(),
  path: z.array(col.id),
});
export type UnitNode = z.infer<typeof UnitNode>;

const Version = z.object({ version: col.text });
const IdName = z.object({ id: col.id, name: col.text });
const RequirementInScope = z.object({
  id: col.id,
  unitId: col.id,
  municipalityId: col.id,
  competenceId: col.id,
  minLevel: col.int,
});

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
  /** The region's unit tree by data version (every unit change raises it). */
  private readonly unitLists = new VersionedCache<UnitNode[]>(20);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Goes up with every committed change to what the gap figures are computed from. */
  async dataVersion(regionId: string): Promise<string> {
    const row = await maybeOne(
      this.db,
      Version,
      `SELECT version::text AS version FROM region_data_version WHERE region_id = $1`,
      [regionId],
    );
    return row?.version ?? '0';
  }

  /** The region's settings and data versions (one statement; versions '0' before any change). */
  async regionState(regionId: string): Promise<RegionState> {
    const row = await maybeOne(
      this.db,
      RegionState,
      `SELECT r.name, r.min_group_size AS "minGroupSize", r.retirement_age AS "retirementAge",
              coalesce(v.version::text, '0') AS "dataVersion",
              coalesce(v.people_version::text, '0') AS "peopleVersion"
       FROM region r LEFT JOIN region_data_version v ON v.region_id = r.id
       WHERE r.id = $1`,
      [regionId],
    );
    if (!row) throw new Error(`Region ${regionId} not found`);
    return row;
  }

  listMunicipalities(regionId: string): Promise<Array<{ id: string; name: string }>> {
    return rows(
      this.db,
      IdName,
      `SELECT id, name FROM municipality WHERE region_id = $1 ORDER BY number`,
      [regionId],
    );
  }

  /**
   * The region's units, roots first, reused while the region's data version stays the same;
   * `knownVersion` is a version the caller has just read (saves reading it again).
   */
  listUnits(regionId: string, knownVersion?: string): Promise<UnitNode[]> {
    return this.unitLists.get(
      regionId,
      knownFirst(knownVersion, () => this.dataVersion(regionId)),
      () =>
        rows(
          this.db,
          UnitNode,
          `SELECT id, parent_id AS "parentId", municipality_id AS "municipalityId", name, kind,
                  service_type AS "serviceType", path::text[] AS path
           FROM unit WHERE region_id = $1 ORDER BY array_length(path, 1), name, id`,
          [regionId],
        ),
    );
  }

  /**
   * Every requirement in the scope at every evaluated horizon it applies to (its own date on
   * or before the horizon), under each retirement age, with the engine's figures.
   */
  requirementGaps(options: EngineQuery, knownVersion?: string): Promise<readonly EngineRow[]> {
    return this.engineResults.get(
      JSON.stringify(options),
      knownFirst(knownVersion, () => this.dataVersion(options.scope.regionId)),
      () => this.computeRequirementGaps(options),
    );
  }

  /**
   * The requirements in the scope at every evaluated horizon they apply to, without figures:
   * for callers whose figures are built from rounded atoms (no engine run needed).
   */
  requirementItems(
    options: Omit<EngineQuery, 'ages'>,
    knownVersion?: string,
  ): Promise<readonly RequirementItem[]> {
    return this.itemResults.get(
      JSON.stringify(options),
      knownFirst(knownVersion, () => this.dataVersion(options.scope.regionId)),
      async () => {
        const p = new SqlParams();
        const items = this.itemsSql(options, p, p.add(options.today, 'date'));
        return rows(this.db, RequirementItemRow, requirementItemsSql(items), p.values);
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
      planned: plannedCompletionsSql({ regionId: region }),
      today,
      ages: p.add(options.ages, 'int[]'),
    });
    return rows(this.db, EngineRow, engineRowsSql(sql), p.values);
  }

  /**
   * The requirement's unit when it lies in the caller's personal-data scope (a unit leader's
   * subtree, HR's municipality); null otherwise, as for a requirement that does not exist.
   */
  async requirementInPersonalScope(
    id: string,
    scope: Scope,
  ): Promise<z.infer<typeof RequirementInScope> | null> {
    const predicate = new SqlParams([id]);
    return maybeOne(
      this.db,
      RequirementInScope,
      `SELECT r.id, r.unit_id AS "unitId", r.municipality_id AS "municipalityId",
              r.competence_id AS "competenceId", r.min_level AS "minLevel"
       FROM requirement r JOIN unit u ON u.id = r.unit_id
       WHERE r.id = $1 AND ${scope.where(predicate, { regionId: 'r.region_id', municipalityId: 'r.municipality_id', unitPath: 'u.path' })}`,
      predicate.values,
    );
  }

  /** The holders of one requirement at a horizon: the engine's rule, person by person. */
  holders(
    scope: Scope,
    options: {
      regionId: string;
      unitId: string;
      competenceId: string;
      minLevel: number;
      today: string;
      horizonDate: string;
      age: number;
      /**
       * Expected instead: signed-up participants of running measures due to reach the level
       * by the horizon (the caller leaves out those who already hold it).
       */
      planned?: boolean;
    },
  ): Promise<HolderRow[]> {
    const p = new SqlParams();
    const region = p.add(options.regionId, 'uuid');
    const today = p.add(options.today, 'date');
    const horizon = p.add(options.horizonDate, 'date');
    const people = peopleSql({
      regionId: region,
      condition: `u.path @> ARRAY[${p.add(options.unitId, 'uuid')}]
        AND ${scope.where(p, employeeScopeColumns())}`,
    });
    const competence = p.add(options.competenceId, 'uuid');
    const holdings = options.planned
      ? `SELECT pc.employee_id, pc.competence_id, pc.level, NULL::date AS valid_until
         FROM (${plannedCompletionsSql({ regionId: region })}) pc
         WHERE pc.competence_id = ${competence} AND pc.expected_date <= ${horizon}`
      : realkompetanseHoldingsSql({
          regionId: region,
          asOf: today,
          people: 'people',
          competenceCondition: `a.competence_id = ${competence}`,
        });
    const sql = gapHoldersSql({
      people,
      holdings,
      minLevel: p.add(options.minLevel, 'int'),
      horizonDate: horizon,
      today,
      age: p.add(options.age, 'int'),
    });
    return rows(this.db, HolderRow, sql, p.values);
  }
}
