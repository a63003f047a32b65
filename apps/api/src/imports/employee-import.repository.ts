import { Injectable } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import { z } from 'zod';
import type { Scope, ScopeColumns } from '../auth/scope';
import { col, execute, one, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { notErased } from '../employees/people.sql';
import { stageBatch, type StageColumn } from './imports.repository';
import type { EmployeeRecord, EmployeeValues, RowAction } from '@kp/domain';

/** Which optional columns the file has: fields without a column are left as they are. */
export interface PresentColumns {
  positionTitle: boolean;
  professionCode: boolean;
  birthYear: boolean;
  startDate: boolean;
}

export interface StagedKey {
  rowNumber: number;
  key: string;
  record: EmployeeRecord | null;
}

const DuplicateRow = z.object({
  rowNumber: col.int,
  employeeNumber: col.text,
  rows: z.array(col.int),
});
export type DuplicateRow = z.infer<typeof DuplicateRow>;

/** EmployeeValues as employeeValuesSql builds them in JSON. */
export const EmployeeValuesJson = z.object({
  givenName: col.text.nullable(),
  familyName: col.text.nullable(),
  unitId: col.id.nullable(),
  unitName: col.text.nullable(),
  positionTitle: col.text.nullable(),
  professionCode: col.text.nullable(),
  fte: col.number.nullable(),
  employmentType: col.text.nullable(),
  birthYear: col.int.nullable(),
  startDate: col.isoDate.nullable(),
  active: col.boolean.nullable(),
}) satisfies z.ZodType<EmployeeValues>;

const Action = z.enum([
  'created',
  'updated',
  'unchanged',
  'deactivated',
]) satisfies z.ZodType<RowAction>;

const EmployeeDiffRow = z.object({
  seq: col.int,
  action: Action,
  rowNumber: col.int.nullable(),
  employeeNumber: col.text,
  employeeId: col.id.nullable(),
  changed: z.array(col.text),
  before: EmployeeValuesJson.nullable(),
  after: EmployeeValuesJson.nullable(),
});
export type EmployeeDiffRow = z.infer<typeof EmployeeDiffRow>;

const CountRow = z.object({ n: col.int });
const ActionCount = z.object({ action: Action, n: col.int });
const ScopeFigures = z.object({ activeInScope: col.int, matched: col.int });

const STAGE = 'import_employee_stage';

const STAGE_COLUMNS: readonly StageColumn<EmployeeRecord>[] = [
  { name: 'given_name', type: 'text', value: (r) => r.givenName },
  { name: 'family_name', type: 'text', value: (r) => r.familyName },
  { name: 'unit_id', type: 'uuid', value: (r) => r.unitId },
  { name: 'position_title', type: 'text', value: (r) => r.positionTitle },
  { name: 'profession_code', type: 'text', value: (r) => r.professionCode },
  { name: 'fte', type: 'numeric', value: (r) => r.fte },
  { name: 'employment_type', type: 'text', value: (r) => r.employmentType },
  { name: 'birth_year', type: 'int', value: (r) => r.birthYear },
  { name: 'start_date', type: 'date', value: (r) => r.startDate },
  { name: 'active', type: 'bool', value: (r) => r.active },
];
const DIFF = 'import_employee_diff';

/** An employee `e` in its unit `u`, as a scope condition reads them. */
export const EMPLOYEE_SCOPE: ScopeColumns = {
  regionId: 'e.region_id',
  municipalityId: 'e.municipality_id',
  unitPath: 'u.path',
};

/** A unit `alias` as a scope condition reads it (where an employee is placed). */
function unitScope(alias: string): ScopeColumns {
  return {
    regionId: `${alias}.region_id`,
    municipalityId: `${alias}.municipality_id`,
    unitPath: `${alias}.path`,
  };
}

/** An employee row (alias `prefix`, its unit `unit`) as EmployeeValues in JSON. */
export function employeeValuesSql(prefix: string, unit: string): string {
  return `jsonb_build_object(
    'givenName', ${prefix}.given_name, 'familyName', ${prefix}.family_name,
    'unitId', ${prefix}.unit_id, 'unitName', ${unit}.name,
    'positionTitle', ${prefix}.position_title, 'professionCode', ${prefix}.profession_code::text,
    'fte', ${prefix}.fte, 'employmentType', ${prefix}.employment_type,
    'birthYear', ${prefix}.birth_year, 'startDate', to_char(${prefix}.start_date, 'YYYY-MM-DD'),
    'active', ${prefix}.active)`;
}

/**
 * The employee import in SQL: rows are staged in a temporary table, compared with `employee`
 * in one statement, and applied in a few set-based statements, so the work and the memory do
 * not grow with the number of rows on the Node side.
 */
@Injectable()
export class EmployeeImportRepository {
  async createStage(runner: QueryRunner): Promise<void> {
    await execute(
      runner,
      `
      CREATE TEMP TABLE ${STAGE} (
        row_no integer NOT NULL,
        employee_number text NOT NULL,
        valid boolean NOT NULL,
        duplicate boolean NOT NULL DEFAULT false,
        given_name text,
        family_name text,
        unit_id uuid,
        position_title text,
        profession_code text,
        fte numeric(5, 2),
        employment_type text,
        birth_year integer,
        start_date date,
        active boolean
      ) ON COMMIT DROP`,
    );
  }

  /** One statement per batch, one array parameter per column. */
  stage(runner: QueryRunner, rows: readonly StagedKey[]): Promise<void> {
    return stageBatch(runner, STAGE, STAGE_COLUMNS, rows);
  }

  /** Marks rows whose employee number occurs more than once; lists the first `limit`. */
  async duplicates(
    runner: QueryRunner,
    limit: number,
  ): Promise<{ total: number; rows: DuplicateRow[] }> {
    await execute(runner, `CREATE INDEX ON ${STAGE} (employee_number)`);
    await execute(runner, `ANALYZE ${STAGE}`);
    const total = await execute(
      runner,
      `UPDATE ${STAGE} s SET duplicate = true
       WHERE EXISTS (SELECT 1 FROM ${STAGE} o
                     WHERE o.employee_number = s.employee_number AND o.row_no <> s.row_no)`,
    );
    if (total === 0) return { total, rows: [] };
    const listed = await rows(
      runner,
      DuplicateRow,
      `SELECT s.row_no AS "rowNumber", s.employee_number AS "employeeNumber",
              (SELECT array_agg(o.row_no ORDER BY o.row_no) FROM ${STAGE} o
               WHERE o.employee_number = s.employee_number) AS rows
       FROM ${STAGE} s WHERE s.duplicate ORDER BY s.row_no LIMIT $1`,
      [limit],
    );
    return { total, rows: listed };
  }

  /**
   * What the file would change, one row per file row plus one per employee to deactivate:
   * active employees of the municipality (or of the unit subtree the import is limited to)
   * whose number is not in the file at all.
   */
  async buildDiff(
    runner: QueryRunner,
    scope: Scope,
    municipalityId: string,
    scopeUnitId: string | null,
    present: PresentColumns,
  ): Promise<void> {
    const p = new SqlParams([
      municipalityId,
      scopeUnitId,
      present.positionTitle,
      present.professionCode,
      present.birthYear,
      present.startDate,
    ]);
    await execute(
      runner,
      `CREATE TEMP TABLE ${DIFF} ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY x.row_no NULLS LAST, x.employee_number)::int AS seq, x.*
       FROM (
         SELECT s.row_no, s.employee_number, e.id AS employee_id, e.version,
                CASE WHEN e.id IS NULL THEN 'created'
                     WHEN cardinality(c.changed) > 0 THEN 'updated'
                     ELSE 'unchanged' END AS action,
                c.changed
         FROM ${STAGE} s
         LEFT JOIN (employee e JOIN unit u ON u.id = e.unit_id)
           ON e.municipality_id = $1 AND e.employee_number = s.employee_number AND ${notErased('e')}
             AND ${scope.where(p, EMPLOYEE_SCOPE)}
         CROSS JOIN LATERAL (
           SELECT CASE WHEN e.id IS NULL THEN '{}'::text[] ELSE array_remove(ARRAY[
             CASE WHEN e.given_name IS DISTINCT FROM s.given_name THEN 'givenName' END,
             CASE WHEN e.family_name IS DISTINCT FROM s.family_name THEN 'familyName' END,
             CASE WHEN e.unit_id IS DISTINCT FROM s.unit_id THEN 'unitId' END,
             CASE WHEN $3::boolean AND e.position_title IS DISTINCT FROM s.position_title
                  THEN 'positionTitle' END,
             CASE WHEN $4::boolean AND e.profession_code::text IS DISTINCT FROM s.profession_code
                  THEN 'professionCode' END,
             CASE WHEN e.fte IS DISTINCT FROM s.fte THEN 'fte' END,
             CASE WHEN s.employment_type IS NOT NULL
                   AND e.employment_type IS DISTINCT FROM s.employment_type THEN 'employmentType' END,
             CASE WHEN $5::boolean AND e.birth_year IS DISTINCT FROM s.birth_year THEN 'birthYear' END,
             CASE WHEN $6::boolean AND e.start_date IS DISTINCT FROM s.start_date THEN 'startDate' END,
             CASE WHEN e.active IS DISTINCT FROM s.active THEN 'active' END
           ], NULL) END AS changed
         ) c
         WHERE s.valid AND NOT s.duplicate
         UNION ALL
         SELECT NULL, e.employee_number, e.id, e.version, 'deactivated', ARRAY['active']
         FROM employee e
         JOIN unit u ON u.id = e.unit_id
         WHERE e.municipality_id = $1 AND e.active AND ${notErased('e')}
           AND ($2::uuid IS NULL OR u.path @> ARRAY[$2::uuid])
           AND ${scope.where(p, EMPLOYEE_SCOPE)}
           AND NOT EXISTS (SELECT 1 FROM ${STAGE} s WHERE s.employee_number = e.employee_number)
       ) x`,
      p.values,
    );
    // temporary tables get no statistics by themselves; without them the planner joins
    // them row by row
    await execute(runner, `CREATE INDEX ON ${STAGE} (row_no)`);
    await execute(runner, `CREATE INDEX ON ${DIFF} (seq)`);
    await execute(runner, `ANALYZE ${DIFF}`);
  }

  async counts(runner: QueryRunner): Promise<Record<RowAction, number>> {
    const found = await rows(
      runner,
      ActionCount,
      `SELECT action, count(*)::int AS n FROM ${DIFF} GROUP BY action`,
    );
    const counts: Record<RowAction, number> = {
      created: 0,
      updated: 0,
      unchanged: 0,
      deactivated: 0,
    };
    for (const row of found) counts[row.action] = row.n;
    return counts;
  }

  /** The first `limit` rows of each action, with old and new values. */
  details(runner: QueryRunner, scope: Scope, limit: number): Promise<EmployeeDiffRow[]> {
    const p = new SqlParams([limit]);
    return rows(
      runner,
      EmployeeDiffRow,
      `SELECT * FROM (
         ${this.diffSelect()},
                row_number() OVER (PARTITION BY d.action ORDER BY d.seq) AS n
         ${this.diffFrom(scope, p)}
       ) x WHERE n <= $1 ORDER BY seq`,
      p.values,
    );
  }

  /** Rows of the given actions after `afterSeq`, in order: for writing the audit log in pages. */
  page(
    runner: QueryRunner,
    scope: Scope,
    actions: readonly RowAction[],
    afterSeq: number,
    limit: number,
  ): Promise<EmployeeDiffRow[]> {
    const p = new SqlParams([actions, afterSeq, limit]);
    return rows(
      runner,
      EmployeeDiffRow,
      `${this.diffSelect()} ${this.diffFrom(scope, p)}
       WHERE d.action = ANY($1) AND d.seq > $2 ORDER BY d.seq LIMIT $3`,
      p.values,
    );
  }

  private diffSelect(): string {
    return `SELECT d.seq, d.action, d.row_no AS "rowNumber", d.employee_number AS "employeeNumber",
                d.employee_id AS "employeeId", d.changed,
                CASE WHEN e.id IS NULL THEN NULL ELSE ${employeeValuesSql('e', 'eu')} END AS before,
                CASE WHEN s.row_no IS NULL THEN NULL ELSE ${employeeValuesSql('s', 'su')} END AS after`;
  }

  /** The diff with the stored employee (only one in scope) and the staged row. */
  private diffFrom(scope: Scope, p: SqlParams): string {
    return `FROM ${DIFF} d
         LEFT JOIN (employee e JOIN unit eu ON eu.id = e.unit_id)
           ON e.id = d.employee_id AND ${scope.where(p, { ...EMPLOYEE_SCOPE, unitPath: 'eu.path' })}
         LEFT JOIN ${STAGE} s ON s.row_no = d.row_no
         LEFT JOIN unit su ON su.id = s.unit_id`;
  }

  /**
   * Before-images for undo (docs/imports.md, "Undo"): every employee the run will update or
   * deactivate, as stored now, and the version the run will leave it at. Written before
   * `apply`; `recordCreated` adds the new employees after it.
   */
  recordBeforeImages(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
    regionId: string,
  ): Promise<number> {
    return this.record(runner, scope, runId, regionId, `d.action IN ('updated', 'deactivated')`, {
      before: 'to_jsonb(e)',
      afterVersion: 'd.version + 1',
    });
  }

  recordCreated(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
    regionId: string,
  ): Promise<number> {
    return this.record(runner, scope, runId, regionId, `d.action = 'created'`, {
      before: 'NULL',
      afterVersion: 'e.version',
    });
  }

  /** Records the diff's employees of `condition` for the run; returns how many. */
  private async record(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
    regionId: string,
    condition: string,
    images: { before: string; afterVersion: string },
  ): Promise<number> {
    const p = new SqlParams([runId, regionId]);
    const recorded = await one(
      runner,
      CountRow,
      `WITH recorded AS (
         INSERT INTO import_run_employee (run_id, employee_id, region_id, action, before,
           after_version)
         SELECT $1, e.id, $2, d.action, ${images.before}, ${images.afterVersion}
         FROM ${DIFF} d JOIN employee e ON e.id = d.employee_id JOIN unit u ON u.id = e.unit_id
         WHERE ${condition} AND ${scope.where(p, EMPLOYEE_SCOPE)}
         RETURNING 1)
       SELECT count(*)::int AS n FROM recorded`,
      p.values,
    );
    return recorded.n;
  }

  /**
   * Active employees of the municipality (or the unit subtree) before the run, and how many
   * of the file's valid rows matched an employee already registered.
   */
  async scopeFigures(
    runner: QueryRunner,
    scope: Scope,
    municipalityId: string,
    scopeUnitId: string | null,
  ): Promise<{ activeInScope: number; matched: number }> {
    const p = new SqlParams([municipalityId, scopeUnitId]);
    return one(
      runner,
      ScopeFigures,
      `SELECT (SELECT count(*)::int FROM employee e JOIN unit u ON u.id = e.unit_id
               WHERE e.municipality_id = $1 AND e.active AND ${notErased('e')}
                 AND ($2::uuid IS NULL OR u.path @> ARRAY[$2::uuid])
                 AND ${scope.where(p, EMPLOYEE_SCOPE)}) AS "activeInScope",
              (SELECT count(*)::int FROM ${DIFF}
               WHERE action IN ('updated', 'unchanged')) AS matched`,
      p.values,
    );
  }

  /**
   * Writes the changes. Updates and deactivations only touch rows still at the version the
   * diff saw; the number of rows written is returned so the caller can refuse a run that
   * raced with someone editing an employee. Only employees in `scope` are changed, and only
   * into units in it.
   */
  async apply(
    runner: QueryRunner,
    scope: Scope,
    target: { regionId: string; municipalityId: string },
    present: PresentColumns,
  ): Promise<{ updated: number; deactivated: number; created: number }> {
    const updateParams = new SqlParams([
      present.positionTitle,
      present.professionCode,
      present.birthYear,
      present.startDate,
    ]);
    const updated = await execute(
      runner,
      `UPDATE employee e SET
         given_name = s.given_name,
         family_name = s.family_name,
         unit_id = s.unit_id,
         position_title = CASE WHEN $1::boolean THEN s.position_title ELSE e.position_title END,
         profession_code = CASE WHEN $2::boolean THEN s.profession_code ELSE e.profession_code END,
         fte = s.fte,
         employment_type = coalesce(s.employment_type, e.employment_type),
         birth_year = CASE WHEN $3::boolean THEN s.birth_year ELSE e.birth_year END,
         start_date = CASE WHEN $4::boolean THEN s.start_date ELSE e.start_date END,
         active = s.active,
         version = e.version + 1,
         updated_at = now()
       FROM ${DIFF} d JOIN ${STAGE} s ON s.row_no = d.row_no
         JOIN unit su ON su.id = s.unit_id, unit u
       WHERE d.action = 'updated' AND e.id = d.employee_id AND e.version = d.version
         AND u.id = e.unit_id AND ${scope.where(updateParams, EMPLOYEE_SCOPE)}
         AND ${scope.where(updateParams, unitScope('su'))}`,
      updateParams.values,
    );
    const deactivateParams = new SqlParams();
    const deactivated = await execute(
      runner,
      `UPDATE employee e SET active = false, version = e.version + 1, updated_at = now()
       FROM ${DIFF} d, unit u
       WHERE d.action = 'deactivated' AND e.id = d.employee_id AND e.version = d.version
         AND u.id = e.unit_id AND ${scope.where(deactivateParams, EMPLOYEE_SCOPE)}`,
      deactivateParams.values,
    );
    const createParams = new SqlParams([target.regionId, target.municipalityId]);
    const created = await one(
      runner,
      CountRow,
      `WITH created AS (
         INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name,
           family_name, position_title, profession_code, fte, employment_type, birth_year,
           start_date, active)
         SELECT $1, $2, s.unit_id, s.employee_number, s.given_name, s.family_name,
                coalesce(s.position_title, ''), s.profession_code, s.fte,
                coalesce(s.employment_type, 'PERMANENT'), s.birth_year, s.start_date, s.active
         FROM ${DIFF} d JOIN ${STAGE} s ON s.row_no = d.row_no
           JOIN unit su ON su.id = s.unit_id
         WHERE d.action = 'created' AND ${scope.where(createParams, unitScope('su'))}
         RETURNING 1)
       SELECT count(*)::int AS n FROM created`,
      createParams.values,
    );
    // the new ids, for the audit log
    await execute(
      runner,
      `UPDATE ${DIFF} d SET employee_id = e.id
       FROM employee e
       WHERE d.action = 'created' AND e.municipality_id = $1 AND e.employee_number = d.employee_number
         AND ${notErased('e')}`,
      [target.municipalityId],
    );
    return { updated, deactivated, created: created.n };
  }
}
