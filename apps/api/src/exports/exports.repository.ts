import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { employeeInScope, employeeScopeColumns, notErased } from '../employees/people.sql';
import type { OverviewAssessment, OverviewEmployee } from '@kp/domain';
import { NORWEGIAN_COLLATION } from '../competences/competences.repository';
import { col, rows } from '../database/sql';

const IdRow = z.object({ id: col.id });

const EmployeeRow = z.object({
  id: col.id,
  employeeNumber: col.text,
  givenName: col.text,
  familyName: col.text,
  unitName: col.text,
  professionCode: col.text.nullable(),
  fte: col.number,
}) satisfies z.ZodType<OverviewEmployee>;

const AssessmentRow = z.object({
  employeeId: col.id,
  competenceId: col.id,
  level: col.int,
  source: z.enum(['FORMAL', 'INFORMAL', 'SELF_DECLARED', 'LEADER_ASSESSED']),
  assessedAt: col.isoDate,
  validUntil: col.isoDate.nullable(),
  confirmedAt: col.isoDate.nullable(),
}) satisfies z.ZodType<OverviewAssessment>;

/** All SQL of the exports; personal data is always read through the caller's scope. */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Active employees of the municipality (or unit subtree) the caller may see, in list order. */
  async employeeIds(
    scope: Scope,
    municipalityId: string,
    unitId: string | null,
  ): Promise<string[]> {
    const visible = new SqlParams([municipalityId, unitId]);
    const found = await rows(
      this.db,
      IdRow,
      `SELECT e.id FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.municipality_id = $1 AND e.active AND ${notErased('e')}
         AND ($2::uuid IS NULL OR u.path @> ARRAY[$2::uuid])
         AND ${scope.where(visible, employeeScopeColumns())}
       ORDER BY u.name COLLATE ${NORWEGIAN_COLLATION}, e.family_name COLLATE ${NORWEGIAN_COLLATION},
                e.given_name COLLATE ${NORWEGIAN_COLLATION}, e.employee_number`,
      visible.values,
    );
    return found.map((row) => row.id);
  }

  employees(scope: Scope, ids: readonly string[]): Promise<OverviewEmployee[]> {
    const p = new SqlParams([ids]);
    return rows(
      this.db,
      EmployeeRow,
      `SELECT e.id, e.employee_number AS "employeeNumber", e.given_name AS "givenName",
              e.family_name AS "familyName", u.name AS "unitName",
              e.profession_code::text AS "professionCode", e.fte::float8 AS fte
       FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.id = ANY($1::uuid[]) AND ${notErased('e')} AND ${scope.where(p, employeeScopeColumns())}`,
      p.values,
    );
  }

  /** Assessment history of the employees, in the order it was recorded. */
  assessments(scope: Scope, ids: readonly string[]): Promise<OverviewAssessment[]> {
    const p = new SqlParams([ids]);
    return rows(
      this.db,
      AssessmentRow,
      `SELECT a.employee_id AS "employeeId", a.competence_id AS "competenceId", a.level,
              a.source, to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedAt",
              to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil",
              to_char(a.confirmed_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS "confirmedAt"
       FROM assessment a
       WHERE a.employee_id = ANY($1::uuid[]) AND ${employeeInScope(scope, p, 'a.employee_id')}
       ORDER BY a.employee_id, a.created_at, a.id`,
      p.values,
    );
  }
}
