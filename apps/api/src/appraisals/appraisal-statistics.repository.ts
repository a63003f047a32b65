import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonalDataScope, scopePredicate } from '../auth/scope';
import { NORWEGIAN_COLLATION } from '../competences/competences.repository';

/** Where figures are counted: a unit with its sub-units, a municipality or the region. */
export type StatisticsScope =
  | { level: 'UNIT'; regionId: string; unitId: string }
  | { level: 'MUNICIPALITY'; regionId: string; municipalityId: string }
  | { level: 'REGION'; regionId: string };

export interface BreakdownCountRow {
  /** Municipality (region) or UNIT-level unit (municipality); null: everyone else. */
  key: string | null;
  employees: number;
  completed: number;
}

export interface CompetenceCountRow {
  competenceId: string;
  name: string;
  people: number;
}

export interface WayCountRow {
  way: string;
  people: number;
}

export interface DirectoryRow {
  competenceId: string;
  consent: boolean;
  /** Only for consenting people; never read otherwise. */
  employeeId: string | null;
  name: string | null;
  unitId: string | null;
  unitName: string | null;
  municipalityName: string | null;
  /** The person lies in the caller's personal-data scope. */
  inScope: boolean;
}

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
    const rows: Array<{ k: number; retirementAge: number }> = await this.db.query(
      `SELECT min_group_size AS k, retirement_age AS "retirementAge" FROM region WHERE id = $1`,
      [regionId],
    );
    return rows[0] ?? { k: 5, retirementAge: 67 };
  }

  /** The region's units with their municipality, kind and path (for figures built from atoms). */
  units(
    regionId: string,
  ): Promise<Array<{ id: string; municipalityId: string; kind: string; path: string[] }>> {
    return this.db.query(
      `SELECT id, municipality_id AS "municipalityId", kind, path::text[] AS path
       FROM unit WHERE region_id = $1 ORDER BY array_length(path, 1), name, id`,
      [regionId],
    );
  }

  /** Names of competences, for ordering figures of equal size. */
  async competenceNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.db.query(
      `SELECT id, name FROM competence WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async regionName(regionId: string): Promise<string> {
    const rows: Array<{ name: string }> = await this.db.query(
      `SELECT name FROM region WHERE id = $1`,
      [regionId],
    );
    return rows[0]?.name ?? '';
  }

  async findUnit(
    regionId: string,
    id: string,
  ): Promise<{ id: string; municipalityId: string; name: string; path: string[] } | null> {
    const rows = await this.db.query(
      `SELECT id, municipality_id AS "municipalityId", name, path FROM unit
       WHERE region_id = $1 AND id = $2`,
      [regionId, id],
    );
    return rows[0] ?? null;
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

  /** Active employees and those with a signed-off talk in `cycleIds`, per breakdown row. */
  breakdownCounts(
    scope: StatisticsScope,
    cycleIds: readonly string[],
  ): Promise<BreakdownCountRow[]> {
    const where = scopeSql(scope);
    return this.db.query(
      `SELECT ${breakdownKey(scope)} AS key, count(*)::int AS employees,
              count(a.id)::int AS completed
       FROM employee e
       JOIN unit u ON u.id = e.unit_id
       LEFT JOIN appraisal a ON a.employee_id = e.id AND a.cycle_id = ANY($3::uuid[])
         AND a.status = 'COMPLETED' AND a.municipality_id = e.municipality_id
       WHERE e.active AND e.erased_at IS NULL AND ${where.sql}
       GROUP BY 1`,
      [...where.params, cycleIds],
    );
  }

  /** People per wished-for competence in signed-off talks of `cycleIds`. */
  wishCounts(scope: StatisticsScope, cycleIds: readonly string[]): Promise<CompetenceCountRow[]> {
    const where = scopeSql(scope);
    return this.db.query(
      `SELECT ac.competence_id AS "competenceId", c.name,
              count(DISTINCT a.employee_id)::int AS people
       FROM appraisal a
       JOIN employee e ON e.id = a.employee_id
       JOIN unit u ON u.id = e.unit_id
       JOIN appraisal_competence ac ON ac.appraisal_id = a.id AND ac.kind = 'WISH'
       JOIN competence c ON c.id = ac.competence_id
       WHERE a.status = 'COMPLETED' AND a.cycle_id = ANY($3::uuid[])
         AND e.active AND e.erased_at IS NULL AND ${where.sql}
       GROUP BY ac.competence_id, c.name
       ORDER BY people DESC, c.name COLLATE ${NORWEGIAN_COLLATION}`,
      [...where.params, cycleIds],
    );
  }

  /** People per preferred way to develop in signed-off talks of `cycleIds`. */
  wayCounts(scope: StatisticsScope, cycleIds: readonly string[]): Promise<WayCountRow[]> {
    const where = scopeSql(scope);
    return this.db.query(
      `SELECT way, count(DISTINCT a.employee_id)::int AS people
       FROM appraisal a
       JOIN employee e ON e.id = a.employee_id
       JOIN unit u ON u.id = e.unit_id
       CROSS JOIN LATERAL unnest(a.preferred_ways) AS way
       WHERE a.status = 'COMPLETED' AND a.cycle_id = ANY($3::uuid[])
         AND e.active AND e.erased_at IS NULL AND ${where.sql}
       GROUP BY way`,
      [...where.params, cycleIds],
    );
  }

  /** People in the directory per topic (named or not), in the scope. */
  teachingCounts(scope: StatisticsScope): Promise<CompetenceCountRow[]> {
    const where = scopeSql(scope);
    return this.db.query(
      `SELECT t.competence_id AS "competenceId", c.name, count(*)::int AS people
       FROM teaching_directory_entry t
       JOIN employee e ON e.id = t.employee_id
       JOIN unit u ON u.id = e.unit_id
       JOIN competence c ON c.id = t.competence_id
       WHERE e.active AND e.erased_at IS NULL AND ${where.sql}
       GROUP BY t.competence_id, c.name
       ORDER BY people DESC, c.name COLLATE ${NORWEGIAN_COLLATION}`,
      where.params,
    );
  }

  /** Names of the breakdown rows. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.db.query(
      `SELECT id, name FROM municipality WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * The region's directory: names, units and ids only for people who consented; for the
   * others only the topic and whether they lie in the caller's scope.
   */
  directory(
    regionId: string,
    scope: PersonalDataScope,
    filter: { competenceId?: string | null; municipalityId?: string | null },
  ): Promise<DirectoryRow[]> {
    const predicate = scopePredicate(
      scope,
      { regionId: 'e.region_id', municipalityId: 'e.municipality_id', unitPath: 'u.path' },
      4,
    );
    return this.db.query(
      `SELECT t.competence_id AS "competenceId", t.consent,
              CASE WHEN t.consent THEN e.id END AS "employeeId",
              CASE WHEN t.consent THEN e.given_name || ' ' || e.family_name END AS name,
              CASE WHEN t.consent THEN u.id END AS "unitId",
              CASE WHEN t.consent THEN u.name END AS "unitName",
              CASE WHEN t.consent THEN m.name END AS "municipalityName",
              ${predicate.sql} AS "inScope"
       FROM teaching_directory_entry t
       JOIN employee e ON e.id = t.employee_id
       JOIN unit u ON u.id = e.unit_id
       JOIN municipality m ON m.id = e.municipality_id
       JOIN competence c ON c.id = t.competence_id
       WHERE t.region_id = $1 AND e.active AND e.erased_at IS NULL AND c.active
         AND ($2::uuid IS NULL OR t.competence_id = $2)
         AND ($3::uuid IS NULL OR e.municipality_id = $3)
       ORDER BY c.area COLLATE ${NORWEGIAN_COLLATION}, c.name COLLATE ${NORWEGIAN_COLLATION},
                e.family_name COLLATE ${NORWEGIAN_COLLATION}, e.given_name COLLATE ${NORWEGIAN_COLLATION}`,
      [regionId, filter.competenceId ?? null, filter.municipalityId ?? null, ...predicate.params],
    );
  }
}
