import { Injectable } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import { z } from 'zod';
import type { Scope } from '../auth/scope';
import { col, execute, one, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { notErased } from '../employees/people.sql';
import {
  EMPLOYEE_SCOPE,
  EmployeeValuesJson,
  employeeValuesSql,
} from './employee-import.repository';

const EmployeeUndoRow = z.object({
  employeeId: col.id,
  employeeNumber: col.text,
  action: z.enum(['created', 'updated', 'deactivated']),
  /** As the run left the employee (and as it still is: the undo checks that first). */
  current: EmployeeValuesJson,
  /** As it was before the run; null for employees the run created. */
  restored: EmployeeValuesJson.nullable(),
});
export type EmployeeUndoRow = z.infer<typeof EmployeeUndoRow>;

const QualificationUndoRow = z.object({
  qualificationId: col.id,
  employeeId: col.id,
  /** True when the run created the qualification; false when it only added competences. */
  created: col.boolean,
  title: col.text,
  kind: col.text,
  obtainedOn: col.isoDate,
  competences: z.array(z.object({ competenceId: col.id, level: col.int })),
});
export type QualificationUndoRow = z.infer<typeof QualificationUndoRow>;

const Reference = z.object({ tableName: col.text, columnName: col.text });
const CountRow = z.object({ n: col.int });

/**
 * The SQL of undoing an import run from what it recorded (docs/imports.md, "Undo"). The
 * caller holds the municipality's import lock and has checked the run's blockers; every
 * statement here also re-checks the versions, so nothing changed since is overwritten, and
 * reads or changes only employees in the caller's scope (the blockers count any other as gone).
 */
@Injectable()
export class ImportUndoRepository {
  /** Employees of the run, a page at a time (keyset on the employee id), with both images. */
  employeePage(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
    afterId: string | null,
    limit: number,
  ): Promise<EmployeeUndoRow[]> {
    const p = new SqlParams([runId, afterId, limit]);
    return rows(
      runner,
      EmployeeUndoRow,
      `SELECT i.employee_id AS "employeeId", e.employee_number AS "employeeNumber", i.action,
              ${employeeValuesSql('e', 'eu')} AS current,
              CASE WHEN i.before IS NULL THEN NULL ELSE ${employeeValuesSql('b', 'bu')} END AS restored
       FROM import_run_employee i
       JOIN employee e ON e.id = i.employee_id
       JOIN unit eu ON eu.id = e.unit_id
       LEFT JOIN LATERAL jsonb_populate_record(NULL::employee, i.before) b ON true
       LEFT JOIN unit bu ON bu.id = b.unit_id
       WHERE i.run_id = $1 AND ($2::uuid IS NULL OR i.employee_id > $2::uuid)
         AND ${scope.where(p, { ...EMPLOYEE_SCOPE, unitPath: 'eu.path' })}
       ORDER BY i.employee_id LIMIT $3`,
      p.values,
    );
  }

  /**
   * How many employees the run created now have something of their own (a qualification, an
   * assessment, an appraisal …): deleting them would delete that too. Every table with a
   * foreign key to `employee` is asked, so a table added later is covered without a change here.
   */
  async createdInUse(runner: QueryRunner, scope: Scope, runId: string): Promise<number> {
    const references = await rows(
      runner,
      Reference,
      `SELECT c.conrelid::regclass::text AS "tableName", a.attname AS "columnName"
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.confrelid = 'employee'::regclass
         AND cardinality(c.conkey) = 1
         AND c.conrelid <> 'import_run_employee'::regclass`,
    );
    if (references.length === 0) return 0;
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    // table names come from regclass::text, which quotes them where needed
    const uses = references
      .map(
        (ref) =>
          `SELECT x.${quote(ref.columnName)} AS employee_id FROM ${ref.tableName} x
           WHERE x.${quote(ref.columnName)} IN (SELECT employee_id FROM created)`,
      )
      .join(' UNION ');
    const p = new SqlParams([runId]);
    const row = await one(
      runner,
      CountRow,
      `WITH created AS (
         SELECT i.employee_id FROM import_run_employee i
         JOIN employee e ON e.id = i.employee_id JOIN unit u ON u.id = e.unit_id
         WHERE i.run_id = $1 AND i.action = 'created' AND ${scope.where(p, EMPLOYEE_SCOPE)})
       SELECT count(DISTINCT employee_id)::int AS n FROM (${uses}) used`,
      p.values,
    );
    return row.n;
  }

  /**
   * Puts back the employees the run updated or deactivated, exactly as they were, and
   * deletes those it created. Returns how many rows each statement touched, for the caller to
   * compare with what the run recorded.
   */
  async restoreEmployees(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
  ): Promise<{ restored: number; deleted: number }> {
    const restoreParams = new SqlParams([runId]);
    const restored = await execute(
      runner,
      `UPDATE employee e SET
         given_name = b.given_name, family_name = b.family_name, unit_id = b.unit_id,
         position_title = b.position_title, profession_code = b.profession_code, fte = b.fte,
         employment_type = b.employment_type, birth_year = b.birth_year,
         start_date = b.start_date, active = b.active,
         version = e.version + 1, updated_at = now()
       FROM import_run_employee i CROSS JOIN LATERAL jsonb_populate_record(NULL::employee, i.before) b,
         unit u
       WHERE i.run_id = $1 AND i.action <> 'created' AND e.id = i.employee_id
         AND e.version = i.after_version AND ${notErased('e')}
         AND u.id = e.unit_id AND ${scope.where(restoreParams, EMPLOYEE_SCOPE)}`,
      restoreParams.values,
    );
    // An earlier run that left an employee at the version this run found is untouched again:
    // what it left is back, so it can be undone in turn (runs are undone newest first).
    const earlierParams = new SqlParams([runId]);
    await execute(
      runner,
      `UPDATE import_run_employee o SET after_version = e.version
       FROM import_run_employee i JOIN employee e ON e.id = i.employee_id
         JOIN unit u ON u.id = e.unit_id
       WHERE i.run_id = $1 AND i.action <> 'created' AND o.employee_id = i.employee_id
         AND o.run_id <> $1 AND o.after_version = (i.before->>'version')::int
         AND ${scope.where(earlierParams, EMPLOYEE_SCOPE)}`,
      earlierParams.values,
    );
    const deleteParams = new SqlParams([runId]);
    const deleted = await execute(
      runner,
      `DELETE FROM employee e USING import_run_employee i, unit u
       WHERE i.run_id = $1 AND i.action = 'created' AND e.id = i.employee_id
         AND e.version = i.after_version AND ${notErased('e')}
         AND u.id = e.unit_id AND ${scope.where(deleteParams, EMPLOYEE_SCOPE)}`,
      deleteParams.values,
    );
    return { restored, deleted };
  }

  /** The qualifications a run created or extended, with the competences it added to each. */
  qualifications(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
  ): Promise<QualificationUndoRow[]> {
    const p = new SqlParams([runId]);
    return rows(
      runner,
      QualificationUndoRow,
      `SELECT q.id AS "qualificationId", q.employee_id AS "employeeId",
              EXISTS (SELECT 1 FROM import_run_qualification rq
                      WHERE rq.run_id = $1 AND rq.qualification_id = q.id) AS created,
              q.title, q.kind, to_char(q.obtained_on, 'YYYY-MM-DD') AS "obtainedOn",
              coalesce((SELECT jsonb_agg(jsonb_build_object('competenceId', a.competence_id,
                                                            'level', a.level) ORDER BY a.created_at, a.id)
                        FROM import_run_assessment ra JOIN assessment a ON a.id = ra.assessment_id
                        WHERE ra.run_id = $1 AND a.qualification_id = q.id), '[]') AS competences
       FROM qualification q
       JOIN employee e ON e.id = q.employee_id
       JOIN unit u ON u.id = e.unit_id
       WHERE q.id IN (SELECT qualification_id FROM import_run_qualification WHERE run_id = $1
                      UNION
                      SELECT a.qualification_id FROM import_run_assessment ra
                      JOIN assessment a ON a.id = ra.assessment_id WHERE ra.run_id = $1)
         AND ${scope.where(p, EMPLOYEE_SCOPE)}
       ORDER BY q.employee_id, q.id`,
      p.values,
    );
  }

  /**
   * Deletes the assessments and the qualifications the run added. Assessment history is
   * append-only; the delete guard lets this transaction through only while it has said so.
   * Only those of employees in `scope`: the caller compares the counts with the run's.
   */
  async removeQualifications(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
  ): Promise<{ assessments: number; qualifications: number }> {
    // local to the transaction: a failure rolls it back with everything else
    await execute(runner, `SELECT set_config('kp.undoing_import', 'on', true)`);
    const assessmentParams = new SqlParams([runId]);
    const assessments = await execute(
      runner,
      `DELETE FROM assessment a USING import_run_assessment ra, employee e, unit u
       WHERE ra.run_id = $1 AND a.id = ra.assessment_id
         AND e.id = a.employee_id AND u.id = e.unit_id
         AND ${scope.where(assessmentParams, EMPLOYEE_SCOPE)}`,
      assessmentParams.values,
    );
    const qualificationParams = new SqlParams([runId]);
    const qualifications = await execute(
      runner,
      `DELETE FROM qualification q USING import_run_qualification rq, employee e, unit u
       WHERE rq.run_id = $1 AND q.id = rq.qualification_id
         AND e.id = q.employee_id AND u.id = e.unit_id
         AND ${scope.where(qualificationParams, EMPLOYEE_SCOPE)}`,
      qualificationParams.values,
    );
    await execute(runner, `SELECT set_config('kp.undoing_import', '', true)`);
    return { assessments, qualifications };
  }
}
