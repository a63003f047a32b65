import { notErased, employeeScopeColumns } from '../employees/people.sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { NORWEGIAN_COLLATION } from '../competences/competences.repository';
import { col, maybeOne, rows } from '../database/sql';

/** Where figures are counted: a unit with its sub-units, a municipality or the region. */
export type StatisticsScope =
  | { level: 'UNIT'; regionId: string; unitId: string }
  | { level: 'MUNICIPALITY'; regionId: string; municipalityId: string }
  | { level: 'REGION'; regionId: string };

const BreakdownCountRow = z.object({
  /** Municipality (region) or UNIT-level unit (municipality); null: everyone else. */
  key: col.id.nullable(),
  employees: col.int,
  completed: col.int,
});
export type BreakdownCountRow = z.infer<typeof BreakdownCountRow>;

const CompetenceCountRow = z.object({ competenceId: col.id, name: col.text, people: col.int });
export type CompetenceCountRow = z.infer<typeof CompetenceCountRow>;

const WayCountRow = z.object({ way: col.text, people: col.int });
export type WayCountRow = z.infer<typeof WayCountRow>;

const DirectoryRow = z.object({
  competenceId: col.id,
  consent: col.boolean,
  /** Only for consenting people; never read otherwise. */
  employeeId: col.id.nullable(),
  name: col.text.nullable(),
  unitId: col.id.nullable(),
  unitName: col.text.nullable(),
  municipalityName: col.text.nullable(),
  /** The person lies in the caller's personal-data scope. */
  inScope: col.boolean,
});
export type DirectoryRow = z.infer<typeof DirectoryRow>;

const SettingsRow = z.object({ k: col.int, retirementAge: col.int });
const IdName = z.object({ id: col.id, name: col.text });
const Name = z.object({ name: col.text });

/** Employees counted: active, not erased, in the statistics scope ($1 and $2). */
function scopeSql(scope: StatisticsScope): { sql: string; params: unknown[] } {
  if (scope.level === 'UNIT') {
    return {
      sql: `e.region_id = $1 AND u.path @> ARRAY[$2::uuid]`,
      params: [scope.regionId, scope.unitId],
    };
  }
  if (scope.level === 'MUNICIPALITY') {
    return {
      sql: `e.region_id = $1 AND e.municipality_id = $2::uuid`,
      params: [scope.regionId, scope.municipalityId],
    };
  }
  return { sql: `e.region_id = $1 AND $2::uuid IS NULL`, params: [scope.regionId, null] };
}

/** The breakdown key: municipalities for the region, UNIT-level units for a municipality. */
function breakdownKey(scope: StatisticsScope): string {
  if (scope.level === 'REGION') return 'e.municipality_id';
  if (scope.level === 'MUNICIPALITY') {
    return `(SELECT x.id FROM unit x WHERE x.id = ANY(u.path) AND x.kind = 'UNIT' LIMIT 1)`;
  }
  return 'NULL::uuid';
}

/** Aggregate SQL for appraisals; figures only, suppression is the service's job. */
@Injectable()
export class AppraisalStatisticsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async regionSettings(regionId: string): Promise<{ k: number; retirementAge: number }> {
    const row = await maybeOne(
      this.db,
      SettingsRow,
      `SELECT min_group_size AS k, retirement_age AS "retirementAge" FROM region WHERE id = $1`,
      [regionId],
    );
    return row ?? { k: 5, retirementAge: 67 };
  }

  async regionName(regionId: string): Promise<string> {
    const row = await maybeOne(this.db, Name, `SELECT name FROM region WHERE id = $1`, [regionId]);
    return row?.name ?? '';
  }

  /** Active employees and those with a signed-off talk in `cycleIds`, per breakdown row. */
  breakdownCounts(
    scope: StatisticsScope,
    cycleIds: readonly string[],
  ): Promise<BreakdownCountRow[]> {
    const where = scopeSql(scope);
    return rows(
      this.db,
      BreakdownCountRow,
      `SELECT ${breakdownKey(scope)} AS key, count(*)::int AS employees,
              count(a.id)::int AS completed
       FROM employee e
       JOIN unit u ON u.id = e.unit_id
       LEFT JOIN appraisal a ON a.employee_id = e.id AND a.cycle_id = ANY($3::uuid[])
         AND a.status = 'COMPLETED' AND a.municipality_id = e.municipality_id
       WHERE e.active AND ${notErased('e')} AND ${where.sql}
       GROUP BY 1`,
      [...where.params, cycleIds],
    );
  }

  /** People per wished-for competence in signed-off talks of `cycleIds`. */
  wishCounts(scope: StatisticsScope, cycleIds: readonly string[]): Promise<CompetenceCountRow[]> {
    const where = scopeSql(scope);
    return rows(
      this.db,
      CompetenceCountRow,
      `SELECT ac.competence_id AS "competenceId", c.name,
              count(DISTINCT a.employee_id)::int AS people
       FROM appraisal a
       JOIN employee e ON e.id = a.employee_id
       JOIN unit u ON u.id = e.unit_id
       JOIN appraisal_competence ac ON ac.appraisal_id = a.id AND ac.kind = 'WISH'
       JOIN competence c ON c.id = ac.competence_id
       WHERE a.status = 'COMPLETED' AND a.cycle_id = ANY($3::uuid[])
         AND e.active AND ${notErased('e')} AND ${where.sql}
       GROUP BY ac.competence_id, c.name
       ORDER BY people DESC, c.name COLLATE ${NORWEGIAN_COLLATION}`,
      [...where.params, cycleIds],
    );
  }

  /** People per preferred way to develop in signed-off talks of `cycleIds`. */
  wayCounts(scope: StatisticsScope, cycleIds: readonly string[]): Promise<WayCountRow[]> {
    const where = scopeSql(scope);
    return rows(
      this.db,
      WayCountRow,
      `SELECT way, count(DISTINCT a.employee_id)::int AS people
       FROM appraisal a
       JOIN employee e ON e.id = a.employee_id
       JOIN unit u ON u.id = e.unit_id
       CROSS JOIN LATERAL unnest(a.preferred_ways) AS way
       WHERE a.status = 'COMPLETED' AND a.cycle_id = ANY($3::uuid[])
         AND e.active AND ${notErased('e')} AND ${where.sql}
       GROUP BY way`,
      [...where.params, cycleIds],
    );
  }

  /** People in the directory per topic (named or not), in the scope. */
  teachingCounts(scope: StatisticsScope): Promise<CompetenceCountRow[]> {
    const where = scopeSql(scope);
    return rows(
      this.db,
      CompetenceCountRow,
      `SELECT t.competence_id AS "competenceId", c.name, count(*)::int AS people
       FROM teaching_directory_entry t
       JOIN employee e ON e.id = t.employee_id
       JOIN unit u ON u.id = e.unit_id
       JOIN competence c ON c.id = t.competence_id
       WHERE e.active AND ${notErased('e')} AND ${where.sql}
       GROUP BY t.competence_id, c.name
       ORDER BY people DESC, c.name COLLATE ${NORWEGIAN_COLLATION}`,
      where.params,
    );
  }

  /** Names of the breakdown rows. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const found = await rows(
      this.db,
      IdName,
      `SELECT id, name FROM municipality WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(found.map((row) => [row.id, row.name]));
  }

  /**
   * The region's directory: names, units and ids only for people who consented; for the
   * others only the topic and whether they lie in the caller's scope.
   */
  directory(
    regionId: string,
    scope: Scope,
    filter: { competenceId?: string | null; municipalityId?: string | null },
  ): Promise<DirectoryRow[]> {
    const predicate = new SqlParams([
      regionId,
      filter.competenceId ?? null,
      filter.municipalityId ?? null,
    ]);
    return rows(
      this.db,
      DirectoryRow,
      `SELECT t.competence_id AS "competenceId", t.consent,
              CASE WHEN t.consent THEN e.id END AS "employeeId",
              CASE WHEN t.consent THEN e.given_name || ' ' || e.family_name END AS name,
              CASE WHEN t.consent THEN u.id END AS "unitId",
              CASE WHEN t.consent THEN u.name END AS "unitName",
              CASE WHEN t.consent THEN m.name END AS "municipalityName",
              ${scope.where(predicate, employeeScopeColumns())} AS "inScope"
       FROM teaching_directory_entry t
       JOIN employee e ON e.id = t.employee_id
       JOIN unit u ON u.id = e.unit_id
       JOIN municipality m ON m.id = e.municipality_id
       JOIN competence c ON c.id = t.competence_id
       WHERE t.region_id = $1 AND e.active AND ${notErased('e')} AND c.active
         AND ($2::uuid IS NULL OR t.competence_id = $2)
         AND ($3::uuid IS NULL OR e.municipality_id = $3)
       ORDER BY c.area COLLATE ${NORWEGIAN_COLLATION}, c.name COLLATE ${NORWEGIAN_COLLATION},
                e.family_name COLLATE ${NORWEGIAN_COLLATION}, e.given_name COLLATE ${NORWEGIAN_COLLATION}`,
      predicate.values,
    );
  }
}
