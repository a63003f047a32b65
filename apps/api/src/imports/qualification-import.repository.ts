import { Injectable } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import { z } from 'zod';
import type { Scope } from '../auth/scope';
import { col, execute, one, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { notErased } from '../employees/people.sql';
import { EMPLOYEE_SCOPE } from './employee-import.repository';
import { stageBatch, type StageColumn } from './imports.repository';
import type { QualificationRecord, RowAction } from '@kp/domain';

export interface StagedQualification {
  rowNumber: number;
  key: string;
  record: QualificationRecord | null;
}

const RowProblem = z.object({
  rowNumber: col.int,
  employeeNumber: col.text,
  /** Other rows involved (duplicates, inconsistent rows). */
  rows: z.array(col.int).nullable(),
  title: col.text.nullable(),
});
export type RowProblem = z.infer<typeof RowProblem>;

const QualificationDiffRow = z.object({
  seq: col.int,
  action: z.enum(['created', 'updated', 'unchanged']),
  rowNumber: col.int,
  employeeNumber: col.text,
  employeeId: col.id,
  givenName: col.text,
  familyName: col.text,
  title: col.text,
  kind: col.text,
  obtainedOn: col.isoDate,
  competenceName: col.text.nullable(),
  level: col.int.nullable(),
});
export type QualificationDiffRow = z.infer<typeof QualificationDiffRow>;

const ConflictRow = z.object({
  rowNumber: col.int,
  title: col.text,
  obtainedOn: col.isoDate,
  problem: z.enum(['conflict', 'level_conflict']),
  existingLevel: col.int.nullable(),
  level: col.int.nullable(),
  competenceName: col.text.nullable(),
});
export type ConflictRow = z.infer<typeof ConflictRow>;

const QualificationAuditRow = z.object({
  seq: col.int,
  action: z.enum(['created', 'updated']),
  qualificationId: col.id,
  employeeId: col.id,
  title: col.text,
  kind: col.text,
  issuer: col.text.nullable(),
  obtainedOn: col.isoDate,
  expiresOn: col.isoDate.nullable(),
  competences: z.array(z.object({ competenceId: col.id, level: col.int })).nullable(),
});
export type QualificationAuditRow = z.infer<typeof QualificationAuditRow>;

const CountRow = z.object({ n: col.int });

const Counts = z.object({
  created: col.int,
  updated: col.int,
  unchanged: col.int,
  qualifications: col.int,
  assessments: col.int,
});

const STAGE = 'import_qualification_stage';

const STAGE_COLUMNS: readonly StageColumn<QualificationRecord>[] = [
  { name: 'title', type: 'text', value: (r) => r.title },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'issuer', type: 'text', value: (r) => r.issuer },
  { name: 'obtained_on', type: 'date', value: (r) => r.obtainedOn },
  { name: 'expires_on', type: 'date', value: (r) => r.expiresOn },
  { name: 'competence_id', type: 'uuid', value: (r) => r.competenceId },
  { name: 'level', type: 'int', value: (r) => r.level },
];
const DIFF = 'import_qualification_diff';
// the qualification a row belongs to: same employee, title (any case) and date
const SAME_QUALIFICATION = (a: string, b: string) =>
  `${a}.employee_number = ${b}.employee_number AND lower(${a}.title) = lower(${b}.title) AND ${a}.obtained_on = ${b}.obtained_on`;

/**
 * The qualification import in SQL. A qualification already registered for the employee with
 * the same title and date is the same one: it is left alone, and only competences it does not
 * yet document are added (assessment history is append-only, so nothing is rewritten).
 */
@Injectable()
export class QualificationImportRepository {
  async createStage(runner: QueryRunner): Promise<void> {
    await execute(
      runner,
      `
      CREATE TEMP TABLE ${STAGE} (
        row_no integer NOT NULL,
        employee_number text NOT NULL,
        valid boolean NOT NULL,
        problem boolean NOT NULL DEFAULT false,
        employee_id uuid,
        title text,
        kind text,
        issuer text,
        obtained_on date,
        expires_on date,
        competence_id uuid,
        level integer
      ) ON COMMIT DROP`,
    );
  }

  stage(runner: QueryRunner, rows: readonly StagedQualification[]): Promise<void> {
    return stageBatch(runner, STAGE, STAGE_COLUMNS, rows);
  }

  /** Links rows to employees; lists rows whose employee number is not in the municipality. */
  async unknownEmployees(
    runner: QueryRunner,
    scope: Scope,
    municipalityId: string,
    scopeUnitId: string | null,
    limit: number,
  ): Promise<{ total: number; rows: RowProblem[] }> {
    await execute(runner, `CREATE INDEX ON ${STAGE} (employee_number)`);
    await execute(runner, `ANALYZE ${STAGE}`);
    const p = new SqlParams([municipalityId, scopeUnitId]);
    await execute(
      runner,
      `UPDATE ${STAGE} s SET employee_id = e.id
       FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.municipality_id = $1 AND e.employee_number = s.employee_number
         AND ${notErased('e')} AND ($2::uuid IS NULL OR u.path @> ARRAY[$2::uuid])
         AND ${scope.where(p, EMPLOYEE_SCOPE)}`,
      p.values,
    );
    return this.problems(runner, `s.employee_id IS NULL`, 'NULL::int[]', limit);
  }

  /** The same qualification and competence twice in the file. */
  async duplicates(
    runner: QueryRunner,
    limit: number,
  ): Promise<{ total: number; rows: RowProblem[] }> {
    const same = `FROM ${STAGE} o WHERE o.valid
        AND ${SAME_QUALIFICATION('o', 's')} AND o.competence_id IS NOT DISTINCT FROM s.competence_id`;
    return this.problems(
      runner,
      `s.valid AND EXISTS (SELECT 1 ${same} AND o.row_no <> s.row_no)`,
      `(SELECT array_agg(o.row_no ORDER BY o.row_no) ${same})`,
      limit,
    );
  }

  /** Rows of one qualification that disagree on its type, expiry or issuer. */
  async inconsistent(
    runner: QueryRunner,
    limit: number,
  ): Promise<{ total: number; rows: RowProblem[] }> {
    const others = `FROM ${STAGE} o WHERE o.valid AND o.row_no < s.row_no AND ${SAME_QUALIFICATION('o', 's')}
        AND (o.kind, o.expires_on, o.issuer) IS DISTINCT FROM (s.kind, s.expires_on, s.issuer)`;
    return this.problems(
      runner,
      `s.valid AND EXISTS (SELECT 1 ${others})`,
      `(SELECT array_agg(o.row_no ORDER BY o.row_no) ${others})`,
      limit,
    );
  }

  private async problems(
    runner: QueryRunner,
    condition: string,
    otherRows: string,
    limit: number,
  ): Promise<{ total: number; rows: RowProblem[] }> {
    const total = await execute(runner, `UPDATE ${STAGE} s SET problem = true WHERE ${condition}`);
    if (total === 0) return { total, rows: [] };
    const listed = await rows(
      runner,
      RowProblem,
      `SELECT s.row_no AS "rowNumber", s.employee_number AS "employeeNumber", s.title,
              ${otherRows} AS rows
       FROM ${STAGE} s WHERE ${condition} ORDER BY s.row_no LIMIT $1`,
      [limit],
    );
    return { total, rows: listed };
  }

  /** Rows of employees in `scope` only (unknownEmployees linked no others). */
  async buildDiff(runner: QueryRunner, scope: Scope): Promise<void> {
    const p = new SqlParams();
    await execute(
      runner,
      `CREATE TEMP TABLE ${DIFF} ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY s.row_no)::int AS seq, s.row_no, s.employee_id,
              q.id AS qualification_id, a.level AS existing_level,
              CASE
                WHEN q.id IS NULL THEN 'created'
                WHEN q.kind <> s.kind
                  OR (s.expires_on IS NOT NULL AND q.expires_on IS DISTINCT FROM s.expires_on)
                  THEN 'conflict'
                WHEN s.competence_id IS NULL THEN 'unchanged'
                WHEN a.level IS NULL THEN 'updated'
                WHEN a.level = s.level THEN 'unchanged'
                ELSE 'level_conflict'
              END AS action
       FROM ${STAGE} s
       JOIN employee e ON e.id = s.employee_id
       JOIN unit u ON u.id = e.unit_id
       LEFT JOIN LATERAL (
         SELECT q.id, q.kind, q.expires_on FROM qualification q
         WHERE q.employee_id = s.employee_id AND lower(q.title) = lower(s.title)
           AND q.obtained_on = s.obtained_on
         ORDER BY q.created_at, q.id LIMIT 1
       ) q ON true
       LEFT JOIN LATERAL (
         SELECT max(a.level) AS level FROM assessment a
         WHERE a.qualification_id = q.id AND a.competence_id = s.competence_id
       ) a ON true
       WHERE s.valid AND NOT s.problem AND ${scope.where(p, EMPLOYEE_SCOPE)}`,
      p.values,
    );
    // temporary tables get no statistics by themselves (see the employee import)
    await execute(runner, `CREATE INDEX ON ${STAGE} (row_no)`);
    await execute(runner, `CREATE INDEX ON ${DIFF} (seq)`);
    await execute(runner, `ANALYZE ${DIFF}`);
  }

  /** Rows that contradict what is registered: errors, never applied. */
  conflicts(runner: QueryRunner, limit: number): Promise<{ total: number; rows: ConflictRow[] }> {
    return Promise.all([
      one(
        runner,
        CountRow,
        `SELECT count(*)::int AS n FROM ${DIFF} WHERE action IN ('conflict', 'level_conflict')`,
      ),
      rows(
        runner,
        ConflictRow,
        `SELECT d.row_no AS "rowNumber", s.title, to_char(s.obtained_on, 'YYYY-MM-DD') AS "obtainedOn",
                d.action AS problem, d.existing_level AS "existingLevel", s.level,
                c.name AS "competenceName"
         FROM ${DIFF} d JOIN ${STAGE} s ON s.row_no = d.row_no
         LEFT JOIN competence c ON c.id = s.competence_id
         WHERE d.action IN ('conflict', 'level_conflict') ORDER BY d.seq LIMIT $1`,
        [limit],
      ),
    ]).then(([count, listed]) => ({ total: count.n, rows: listed }));
  }

  async counts(runner: QueryRunner): Promise<{
    actions: Record<RowAction, number>;
    qualifications: number;
    assessments: number;
  }> {
    const row = await one(
      runner,
      Counts,
      `SELECT count(*) FILTER (WHERE d.action = 'created')::int AS created,
              count(*) FILTER (WHERE d.action = 'updated')::int AS updated,
              count(*) FILTER (WHERE d.action = 'unchanged')::int AS unchanged,
              count(DISTINCT (s.employee_id, lower(s.title), s.obtained_on))
                FILTER (WHERE d.action = 'created')::int AS qualifications,
              count(*) FILTER (WHERE d.action IN ('created', 'updated')
                               AND s.competence_id IS NOT NULL)::int AS assessments
       FROM ${DIFF} d JOIN ${STAGE} s ON s.row_no = d.row_no`,
    );
    return {
      actions: {
        created: row.created,
        updated: row.updated,
        unchanged: row.unchanged,
        deactivated: 0,
      },
      qualifications: row.qualifications,
      assessments: row.assessments,
    };
  }

  details(runner: QueryRunner, scope: Scope, limit: number): Promise<QualificationDiffRow[]> {
    const p = new SqlParams([limit]);
    return rows(
      runner,
      QualificationDiffRow,
      `SELECT * FROM (
         SELECT d.seq, d.action, d.row_no AS "rowNumber", s.employee_number AS "employeeNumber",
                d.employee_id AS "employeeId", e.given_name AS "givenName",
                e.family_name AS "familyName", s.title, s.kind,
                to_char(s.obtained_on, 'YYYY-MM-DD') AS "obtainedOn",
                c.name AS "competenceName", s.level,
                row_number() OVER (PARTITION BY d.action ORDER BY d.seq) AS n
         FROM ${DIFF} d
         JOIN ${STAGE} s ON s.row_no = d.row_no
         JOIN employee e ON e.id = d.employee_id
         JOIN unit u ON u.id = e.unit_id
         LEFT JOIN competence c ON c.id = s.competence_id
         WHERE d.action IN ('created', 'updated', 'unchanged') AND ${scope.where(p, EMPLOYEE_SCOPE)}
       ) x WHERE n <= $1 ORDER BY seq`,
      p.values,
    );
  }

  /**
   * Creates the new qualifications (one per employee, title and date; expiry from the file,
   * else the shortest validity among the competences it documents) and the FORMAL
   * assessments for every competence row, for employees in `scope` only.
   */
  async apply(
    runner: QueryRunner,
    scope: Scope,
    context: { regionId: string; sourceRef: string; userId: string | null; runId: string },
  ): Promise<{ qualifications: number; assessments: number }> {
    // what the run adds is recorded as it is written, so the run can be undone
    const qualificationParams = new SqlParams([
      context.regionId,
      context.sourceRef,
      context.userId,
      context.runId,
    ]);
    const qualifications = await one(
      runner,
      CountRow,
      `WITH created AS (
         INSERT INTO qualification (region_id, employee_id, kind, title, issuer, obtained_on,
           expires_on, source_ref, created_by)
         SELECT DISTINCT ON (s.employee_id, lower(s.title), s.obtained_on)
                $1::uuid, s.employee_id, s.kind, s.title, s.issuer, s.obtained_on,
                coalesce(s.expires_on, (
                  SELECT (s.obtained_on + make_interval(months => min(c.validity_months)))::date
                  FROM ${STAGE} o JOIN competence c ON c.id = o.competence_id
                  WHERE o.valid AND NOT o.problem AND ${SAME_QUALIFICATION('o', 's')}
                    AND c.validity_months IS NOT NULL)),
                $2, $3::uuid
         FROM ${DIFF} d JOIN ${STAGE} s ON s.row_no = d.row_no
           JOIN employee e ON e.id = s.employee_id JOIN unit u ON u.id = e.unit_id
         WHERE d.action = 'created' AND ${scope.where(qualificationParams, EMPLOYEE_SCOPE)}
         ORDER BY s.employee_id, lower(s.title), s.obtained_on, s.row_no
         RETURNING id),
       recorded AS (
         INSERT INTO import_run_qualification (run_id, qualification_id, region_id)
         SELECT $4, id, $1::uuid FROM created RETURNING 1)
       SELECT count(*)::int AS n FROM recorded`,
      qualificationParams.values,
    );
    await execute(
      runner,
      `UPDATE ${DIFF} d SET qualification_id = q.id
       FROM ${STAGE} s, qualification q
       WHERE d.action = 'created' AND s.row_no = d.row_no AND q.source_ref = $1
         AND q.employee_id = s.employee_id AND lower(q.title) = lower(s.title)
         AND q.obtained_on = s.obtained_on`,
      [context.sourceRef],
    );
    const assessmentParams = new SqlParams([context.regionId, context.userId, context.runId]);
    const assessments = await one(
      runner,
      CountRow,
      `WITH inserted AS (
         INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
           qualification_id, assessed_on, valid_until, assessed_by)
         SELECT $1::uuid, s.employee_id, s.competence_id, s.level, 'FORMAL', s.title,
                q.id, q.obtained_on, q.expires_on, $2::uuid
         FROM ${DIFF} d
         JOIN ${STAGE} s ON s.row_no = d.row_no
         JOIN qualification q ON q.id = d.qualification_id
         JOIN employee e ON e.id = s.employee_id JOIN unit u ON u.id = e.unit_id
         WHERE d.action IN ('created', 'updated') AND s.competence_id IS NOT NULL
           AND ${scope.where(assessmentParams, EMPLOYEE_SCOPE)}
         ORDER BY d.seq
         RETURNING id),
       recorded AS (
         INSERT INTO import_run_assessment (run_id, assessment_id, region_id)
         SELECT $3, id, $1::uuid FROM inserted RETURNING 1)
       SELECT count(*)::int AS n FROM recorded`,
      assessmentParams.values,
    );
    return { qualifications: qualifications.n, assessments: assessments.n };
  }

  /** Created and extended qualifications, one row each, in pages (keyset on the first row). */
  auditPage(
    runner: QueryRunner,
    scope: Scope,
    afterSeq: number,
    limit: number,
  ): Promise<QualificationAuditRow[]> {
    const p = new SqlParams([afterSeq, limit]);
    return rows(
      runner,
      QualificationAuditRow,
      `SELECT min(d.seq) AS seq, d.action, q.id AS "qualificationId", q.employee_id AS "employeeId",
              q.title, q.kind, q.issuer, to_char(q.obtained_on, 'YYYY-MM-DD') AS "obtainedOn",
              to_char(q.expires_on, 'YYYY-MM-DD') AS "expiresOn",
              jsonb_agg(jsonb_build_object('competenceId', s.competence_id, 'level', s.level)
                        ORDER BY d.seq) FILTER (WHERE s.competence_id IS NOT NULL) AS competences
       FROM ${DIFF} d
       JOIN ${STAGE} s ON s.row_no = d.row_no
       JOIN qualification q ON q.id = d.qualification_id
       JOIN employee e ON e.id = q.employee_id
       JOIN unit u ON u.id = e.unit_id
       WHERE d.action IN ('created', 'updated') AND ${scope.where(p, EMPLOYEE_SCOPE)}
       GROUP BY d.action, q.id
       HAVING min(d.seq) > $1
       ORDER BY min(d.seq) LIMIT $2`,
      p.values,
    );
  }
}
