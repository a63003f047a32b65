import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '../database/sql-params';
import type { HorizonDates } from '../requirements/horizons';
import type { Horizon, Priority } from '../requirements/requirement.enums';
import { peopleSql, retiredSql } from './gap-engine.sql';
import { horizonParts, scopeCondition, type GapScope } from './gaps.repository';

/** One staffing requirement at one horizon under one retirement age, with the staff counted. */
export interface StaffingRow {
  staffingRequirementId: string;
  horizon: Horizon;
  horizonDate: string;
  unitId: string;
  municipalityId: string;
  professionCode: string;
  requiredFte: number;
  priority: Priority;
  age: number;
  headcount: number;
  /** Stillingsprosent × 100 summed (1 årsverk = 10 000). */
  units: number;
}

export interface StaffingQuery {
  scope: GapScope;
  today: string;
  dates: HorizonDates;
  horizons: readonly Horizon[];
  professionCodes: readonly string[] | null;
  priorities: readonly Priority[] | null;
}

/**
 * The SQL of staffing gaps: computeStaffingGaps in @kp/domain for a whole scope in one
 * statement. People are expanded once per unit on their path and joined on (unit, profession),
 * so the cost follows the staff, not staff × requirements.
 */
@Injectable()
export class StaffingGapsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The staffing requirements at every evaluated horizon they apply to, without staff. */
  async staffingItems(
    options: StaffingQuery,
  ): Promise<Omit<StaffingRow, 'age' | 'headcount' | 'units'>[]> {
    const p = new SqlParams();
    const items = this.itemsSql(options, p, p.add(options.today, 'date'));
    return this.db.query(
      `SELECT i.id AS "staffingRequirementId", i.horizon,
              to_char(i.horizon_date, 'YYYY-MM-DD') AS "horizonDate", i.unit_id AS "unitId",
              i.municipality_id AS "municipalityId", i.profession_code AS "professionCode",
              i.required_fte::float8 AS "requiredFte", i.priority
       FROM (${items}) i`,
      p.values,
    );
  }

  private itemsSql(options: StaffingQuery, p: SqlParams, today: string): string {
    const { scope } = options;
    const region = p.add(scope.regionId, 'uuid');
    const where = [`s.region_id = ${region}`];
    const requirementScope = scopeCondition(scope, p, 's.municipality_id', 'su.path');
    if (requirementScope) where.push(requirementScope);
    if (options.professionCodes) {
      where.push(`s.profession_code = ANY(${p.add(options.professionCodes, 'text[]')})`);
    }
    if (options.priorities) where.push(`s.priority = ANY(${p.add(options.priorities, 'text[]')})`);
    const { ownDate, horizons, horizonDates } = horizonParts(
      p,
      's',
      today,
      options.dates,
      options.horizons,
    );
    return `
         SELECT s.id, h.horizon, h.horizon_date, s.unit_id, s.municipality_id, s.profession_code,
                s.required_fte, s.priority
         FROM staffing_requirement s
         JOIN unit su ON su.id = s.unit_id
         CROSS JOIN unnest(${horizons}, ${horizonDates}) AS h(horizon, horizon_date)
         WHERE ${where.join(' AND ')} AND ${ownDate} <= h.horizon_date`;
  }

  async staffingRows(options: StaffingQuery & { ages: readonly number[] }): Promise<StaffingRow[]> {
    const { scope } = options;
    const p = new SqlParams();
    const today = p.add(options.today, 'date');
    const items = this.itemsSql(options, p, today);
    const region = p.add(scope.regionId, 'uuid');
    const people = peopleSql({
      regionId: region,
      condition: scopeCondition(scope, p, 'e.municipality_id', 'u.path'),
    });
    return this.db.query(
      `WITH items AS (${items}),
       people AS (${people}),
       member AS (
         SELECT anc.unit_id, p.profession_code, p.fte, p.birth_year
         FROM people p CROSS JOIN LATERAL unnest(p.path) AS anc(unit_id)
         WHERE p.profession_code IS NOT NULL
       )
       SELECT i.id AS "staffingRequirementId", i.horizon,
              to_char(i.horizon_date, 'YYYY-MM-DD') AS "horizonDate", i.unit_id AS "unitId",
              i.municipality_id AS "municipalityId", i.profession_code AS "professionCode",
              i.required_fte::float8 AS "requiredFte", i.priority, a.age,
              count(m.unit_id)::int AS headcount,
              coalesce(sum(round(m.fte * 100)), 0)::float8 AS units
       FROM items i
       CROSS JOIN unnest(${p.add(options.ages, 'int[]')}) AS a(age)
       LEFT JOIN member m
         ON m.unit_id = i.unit_id AND m.profession_code = i.profession_code
        AND NOT ${retiredSql('i.horizon_date', today, 'm.birth_year', 'a.age')}
       GROUP BY i.id, i.horizon, i.horizon_date, i.unit_id, i.municipality_id, i.profession_code,
                i.required_fte, i.priority, a.age`,
      p.values,
    );
  }
}
