import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Scope } from '../auth/scope';
import { FOLD, likePattern, NORWEGIAN_COLLATION } from '../competences/competences.repository';
import type { EmployeeCursor } from './employee-cursor';
import { z } from 'zod';
import { col, maybeOne, one, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { EmployeeRow, type EmploymentType } from './employee.rows';
import { employeeInScope, employeeScopeColumns, notErased } from './people.sql';
import { UNIT_SCOPE_COLUMNS } from '../organisation/organisation.rows';
import { realkompetanseLevelSql } from './realkompetanse.sql';

function columns(t: string): string {
  return `${t}.id, ${t}.region_id AS "regionId", ${t}.municipality_id AS "municipalityId",
    ${t}.unit_id AS "unitId", ${t}.employee_number AS "employeeNumber",
    ${t}.given_name AS "givenName", ${t}.family_name AS "familyName",
    ${t}.position_title AS "positionTitle", ${t}.profession_code AS "professionCode",
    ${t}.fte::float8 AS fte, ${t}.employment_type AS "employmentType",
    ${t}.birth_year AS "birthYear", to_char(${t}.start_date, 'YYYY-MM-DD') AS "startDate",
    ${t}.active, ${t}.version`;
}

/** The list order: family name, given name (Norwegian alphabet), id as the tie-breaker. */
function listOrder(t: string): string {
  return `${t}.family_name COLLATE ${NORWEGIAN_COLLATION}, ${t}.given_name COLLATE ${NORWEGIAN_COLLATION}, ${t}.id`;
}

const SCOPE_COLUMNS = employeeScopeColumns();

export interface EmployeeListFilter {
  municipalityId?: string | null;
  unitId?: string | null;
  professionCodes?: string[] | null;
  competenceId?: string | null;
  minLevel?: number | null;
  expiringWithinDays?: number | null;
  search?: string | null;
  includeInactive?: boolean | null;
}

export interface EmployeeValues {
  municipalityId: string;
  unitId: string;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  positionTitle: string;
  professionCode: string | null;
  fte: number;
  employmentType: EmploymentType;
  birthYear: number | null;
  startDate: string | null;
  active: boolean;
}

/** A page row, or the one row with only the total when no employee is on the page. */
const ListRow = z.union([
  EmployeeRow.extend({ totalCount: col.int }),
  z.object({ totalCount: col.int, id: z.null() }),
]);

const Taken = z.object({ taken: col.boolean });

/** All SQL about employees. Every read is limited to the caller's personal-data scope. */
@Injectable()
export class EmployeesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page in list order after `after`, and the number matching the filter on all pages,
   * in one statement. Returns up to `first + 1` rows so the caller can tell whether more follow.
   */
  async list(
    scope: Scope,
    filter: EmployeeListFilter,
    page: { first: number; after: EmployeeCursor | null },
    today: string,
  ): Promise<{ rows: EmployeeRow[]; totalCount: number }> {
    const p = new SqlParams();
    const where = this.conditions(scope, filter, today, p);
    const after = page.after
      ? `WHERE (m.family_name COLLATE ${NORWEGIAN_COLLATION}, m.given_name COLLATE ${NORWEGIAN_COLLATION}, m.id)
           > (${p.add(page.after.familyName)}, ${p.add(page.after.givenName)}, ${p.add(page.after.id)}::uuid)`
      : '';
    const found = await rows(
      this.db,
      ListRow,
      `WITH matched AS (
         SELECT e.id, e.family_name, e.given_name
           FROM employee e JOIN unit u ON u.id = e.unit_id
          WHERE ${where.join('\n AND ')}
       ), page AS (
         SELECT m.* FROM matched m ${after}
          ORDER BY ${listOrder('m')} LIMIT ${p.add(page.first + 1)}
       )
       SELECT total.n AS "totalCount", ${columns('e')}
         FROM (SELECT count(*)::int AS n FROM matched) total
         LEFT JOIN (page JOIN employee e ON e.id = page.id) ON true
        ORDER BY ${listOrder('page')}`,
      p.values,
    );
    return {
      totalCount: found[0]?.totalCount ?? 0,
      rows: found.flatMap(({ totalCount: _total, ...row }) => (row.id === null ? [] : [row])),
    };
  }

  private conditions(
    scope: Scope,
    filter: EmployeeListFilter,
    today: string,
    p: SqlParams,
  ): string[] {
    const where = [notErased('e'), scope.where(p, SCOPE_COLUMNS)];
    if (!filter.includeInactive) where.push('e.active');
    if (filter.municipalityId)
      where.push(`e.municipality_id = ${p.add(filter.municipalityId)}::uuid`);
    if (filter.unitId) where.push(`u.path @> ARRAY[${p.add(filter.unitId)}::uuid]`);
    if (filter.professionCodes && filter.professionCodes.length > 0) {
      where.push(`e.profession_code::text = ANY(${p.add(filter.professionCodes)}::text[])`);
    }
    const needsToday = filter.competenceId || filter.expiringWithinDays != null;
    const day = needsToday ? `${p.add(today)}::date` : '';
    if (filter.competenceId) {
      const level = realkompetanseLevelSql('e.id', `${p.add(filter.competenceId)}::uuid`, day);
      where.push(
        filter.minLevel != null
          ? `${level} >= ${p.add(filter.minLevel)}::int`
          : `${level} IS NOT NULL`,
      );
    }
    if (filter.expiringWithinDays != null) {
      const until = `${day} + ${p.add(filter.expiringWithinDays)}::int`;
      where.push(`(
        EXISTS (SELECT 1 FROM qualification q
                 WHERE q.employee_id = e.id AND q.expires_on BETWEEN ${day} AND ${until})
        OR EXISTS (SELECT 1 FROM assessment a
                    WHERE a.employee_id = e.id AND a.valid_until BETWEEN ${day} AND ${until}))`);
    }
    if (filter.search) {
      const pattern = `${p.add(likePattern(filter.search))} ${FOLD}`;
      where.push(`(
        (e.given_name || ' ' || e.family_name) ILIKE ${pattern}
        OR (e.family_name || ' ' || e.given_name) ILIKE ${pattern}
        OR (e.family_name || ', ' || e.given_name) ILIKE ${pattern}
        OR e.employee_number ILIKE ${pattern})`);
    }
    return where;
  }

  /** The employee if it exists, is not erased and lies in scope; `lock` holds it for update. */
  async findInScope(
    scope: Scope,
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<EmployeeRow | null> {
    const p = new SqlParams();
    return maybeOne(
      manager,
      EmployeeRow,
      `SELECT ${columns('e')} FROM employee e JOIN unit u ON u.id = e.unit_id
        WHERE e.id = ${p.add(id)}::uuid AND ${notErased('e')} AND ${scope.where(p, SCOPE_COLUMNS)}
        ${lock ? 'FOR UPDATE OF e' : ''}`,
      p.values,
    );
  }

  /** Batch read for employee DataLoaders: the ids the scope covers, unknown ones left out. */
  findByIds(scope: Scope, ids: readonly string[]): Promise<EmployeeRow[]> {
    const p = new SqlParams([ids]);
    return rows(
      this.db,
      EmployeeRow,
      `SELECT ${columns('e')} FROM employee e JOIN unit u ON u.id = e.unit_id
        WHERE e.id = ANY($1::uuid[]) AND ${notErased('e')} AND ${scope.where(p, SCOPE_COLUMNS)}`,
      p.values,
    );
  }

  async employeeNumberTaken(
    manager: EntityManager,
    municipalityId: string,
    employeeNumber: string,
    exceptId: string | null,
  ): Promise<boolean> {
    const { taken } = await one(
      manager,
      Taken,
      `SELECT EXISTS (SELECT 1 FROM employee
        WHERE municipality_id = $1 AND employee_number = $2 AND id IS DISTINCT FROM $3::uuid) AS taken`,
      [municipalityId, employeeNumber, exceptId],
    );
    return taken;
  }

  /** Adds the employee to a unit in scope (in another unit it writes nothing and fails). */
  async insert(scope: Scope, manager: EntityManager, values: EmployeeValues): Promise<EmployeeRow> {
    const p = new SqlParams(this.valueList(values));
    return one(
      manager,
      EmployeeRow,
      `INSERT INTO employee AS e (region_id, municipality_id, unit_id, employee_number, given_name,
         family_name, position_title, profession_code, fte, employment_type, birth_year, start_date,
         active)
       SELECT u.region_id, $1::uuid, u.id, $3::text, $4::text, $5::text, $6::text, $7::text,
              $8::numeric, $9::text, $10::int, $11::date, $12::boolean
         FROM unit u
        WHERE u.id = $2::uuid AND u.municipality_id = $1::uuid AND ${scope.where(p, UNIT_SCOPE_COLUMNS)}
       RETURNING ${columns('e')}`,
      p.values,
    );
  }

  /** Writes only when `version` is still current; returns null otherwise. */
  async update(
    scope: Scope,
    manager: EntityManager,
    id: string,
    version: number,
    values: EmployeeValues,
  ): Promise<EmployeeRow | null> {
    const p = new SqlParams([id, version, ...this.valueList(values)]);
    return maybeOne(
      manager,
      EmployeeRow,
      // (a bare UPDATE would come back from TypeORM as [rows, count])
      `WITH e AS (
         UPDATE employee
            SET municipality_id = $3, unit_id = $4, employee_number = $5, given_name = $6,
                family_name = $7, position_title = $8, profession_code = $9, fte = $10,
                employment_type = $11, birth_year = $12, start_date = $13, active = $14,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND ${employeeInScope(scope, p, 'employee.id')}
            AND EXISTS (SELECT 1 FROM unit u WHERE u.id = $4
                         AND ${scope.where(p, UNIT_SCOPE_COLUMNS)})
          RETURNING *
       )
       SELECT ${columns('e')} FROM e`,
      p.values,
    );
  }

  private valueList(values: EmployeeValues): unknown[] {
    return [
      values.municipalityId,
      values.unitId,
      values.employeeNumber,
      values.givenName,
      values.familyName,
      values.positionTitle,
      values.professionCode,
      values.fte,
      values.employmentType,
      values.birthYear,
      values.startDate,
      values.active,
    ];
  }
}
