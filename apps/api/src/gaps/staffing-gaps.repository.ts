import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import type { HorizonDates } from '../requirements/horizons';
import type { Horizon, Priority } from '../requirements/requirement.enums';
import { peopleSql } from './gap-engine.sql';
import { horizonParts, scopeCondition, type GapScope } from './gaps.repository';
import { StaffingItemRow, StaffingRow, staffingRowsSql } from './staffing-gaps.sql';

export type { StaffingRow };

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
  async staffingItems(options: StaffingQuery): Promise<StaffingItemRow[]> {
    const p = new SqlParams();
    const items = this.itemsSql(options, p, p.add(options.today, 'date'));
    return rows(
      this.db,
      StaffingItemRow,
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
    const sql = staffingRowsSql({ items, people, today, ages: p.add(options.ages, 'int[]') });
    return rows(this.db, StaffingRow, sql, p.values);
  }
}
