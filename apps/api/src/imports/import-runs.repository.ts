import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { z } from 'zod';
import type { Scope } from '../auth/scope';
import { col, execute, maybeOne, one, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { notErased } from '../employees/people.sql';
import { EMPLOYEE_SCOPE } from './employee-import.repository';
import type { ImportRequest } from './import-request';
import type { ImportKind, ImportReport } from '@kp/domain';

/** How long an applied run can be undone (docs/imports.md, "Undo"). */
export const UNDO_WINDOW_DAYS = 30;

const Via = z.enum(['http', 'cli']);

const RunCounts = z.object({
  created: col.int,
  updated: col.int,
  unchanged: col.int,
  deactivated: col.int,
  errors: col.int,
}) satisfies z.ZodType<ImportReport['counts']>;

const ImportRunRow = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  kind: z.enum(['employees', 'qualifications']) satisfies z.ZodType<ImportKind>,
  fileName: col.text.nullable(),
  via: Via,
  appliedAt: col.text,
  appliedByName: col.text.nullable(),
  unitName: col.text.nullable(),
  counts: RunCounts,
  recorded: col.int,
  undoUntil: col.text,
  undoneAt: col.text.nullable(),
  undoneByName: col.text.nullable(),
  undoneVia: Via.nullable(),
  /** True once the undo window has passed (by the database's clock). */
  expired: col.boolean,
});
export type ImportRunRow = z.infer<typeof ImportRunRow>;

/** What stands in the way of undoing a run, counted over what it recorded. */
const UndoBlockers = z.object({
  runId: col.id,
  /** Recorded rows that are gone (an employee erased, a qualification removed). */
  missing: col.int,
  /** Employees changed since the run (another import, an edit, an erasure). */
  changedSince: col.int,
  /** Employee numbers of the first of them, for the message. */
  changedExamples: z.array(col.text),
  /** Qualifications the run created that a later run has added competences to. */
  extendedSince: col.int,
});
export type UndoBlockers = z.infer<typeof UndoBlockers>;

const UndoUntil = z.object({ undoUntil: col.text });

const RUN_COLUMNS = `r.id, r.region_id AS "regionId", r.municipality_id AS "municipalityId", r.kind,
  r.file_name AS "fileName", r.via,
  to_char(r.applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "appliedAt",
  au.name AS "appliedByName", u.name AS "unitName", r.counts, r.recorded,
  to_char(r.undo_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "undoUntil",
  to_char(r.undone_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "undoneAt",
  uu.name AS "undoneByName", r.undone_via AS "undoneVia", r.undo_until < now() AS expired`;

const RUN_JOINS = `LEFT JOIN app_user au ON au.id = r.applied_by
  LEFT JOIN app_user uu ON uu.id = r.undone_by
  LEFT JOIN unit u ON u.id = r.unit_id`;

/** Applied import runs: the history, and the run row an undo works from. */
@Injectable()
export class ImportRunsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Registers an applied run (in the run's own transaction, before its rows are recorded);
   * returns until when it can be undone.
   */
  async create(runner: QueryRunner, request: ImportRequest, report: ImportReport): Promise<string> {
    if (!report.runId) throw new Error('An applied import run has no id');
    const run = {
      id: report.runId,
      regionId: request.target.regionId,
      municipalityId: request.target.municipalityId,
      unitId: request.target.scopeUnit?.id ?? null,
      kind: report.kind,
      fileName: request.source.fileName,
      via: request.via,
      appliedBy: request.actor?.userId ?? null,
      counts: report.counts,
    };
    const row = await one(
      runner,
      UndoUntil,
      `INSERT INTO import_run (id, region_id, municipality_id, unit_id, kind, file_name, via,
         applied_by, counts, recorded, undo_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, now() + make_interval(days => $10))
       RETURNING to_char(undo_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "undoUntil"`,
      [
        run.id,
        run.regionId,
        run.municipalityId,
        run.unitId,
        run.kind,
        run.fileName,
        run.via,
        run.appliedBy,
        JSON.stringify(run.counts),
        UNDO_WINDOW_DAYS,
      ],
    );
    return row.undoUntil;
  }

  async setRecorded(runner: QueryRunner, runId: string, recorded: number): Promise<void> {
    await execute(runner, `UPDATE import_run SET recorded = $2 WHERE id = $1`, [runId, recorded]);
  }

  /**
   * Before-images of runs past their undo window are personal data nobody can use any more:
   * they are removed whenever a run is applied or undone.
   *
   * Deliberately without a Scope (listed in WIDER_BY_DESIGN of personal-data-scope.spec.ts):
   * this is retention, not a caller's work. It deletes expired images in every region, reads
   * nothing and returns nothing; limited to the caller's region, a region without imports
   * would keep its expired copies of employee data for good.
   */
  async forgetExpired(runner: QueryRunner): Promise<void> {
    const expired = `SELECT id FROM import_run WHERE undo_until < now()`;
    await execute(runner, `DELETE FROM import_run_employee WHERE run_id IN (${expired})`);
    await execute(runner, `DELETE FROM import_run_qualification WHERE run_id IN (${expired})`);
    await execute(runner, `DELETE FROM import_run_assessment WHERE run_id IN (${expired})`);
  }

  /** The newest runs of a municipality first. */
  list(municipalityId: string, limit: number): Promise<ImportRunRow[]> {
    return rows(
      this.db,
      ImportRunRow,
      `SELECT ${RUN_COLUMNS} FROM import_run r ${RUN_JOINS}
       WHERE r.municipality_id = $1 ORDER BY r.applied_at DESC, r.id LIMIT $2`,
      [municipalityId, limit],
    );
  }

  async find(runId: string): Promise<ImportRunRow | undefined> {
    const run = await maybeOne(
      this.db,
      ImportRunRow,
      `SELECT ${RUN_COLUMNS} FROM import_run r ${RUN_JOINS} WHERE r.id::text = $1`,
      [runId],
    );
    return run ?? undefined;
  }

  /** The run, locked for the undo's transaction. */
  async lock(runner: QueryRunner, runId: string): Promise<ImportRunRow | undefined> {
    await execute(runner, `SELECT 1 FROM import_run WHERE id = $1 FOR UPDATE`, [runId]);
    const run = await maybeOne(
      runner,
      ImportRunRow,
      `SELECT ${RUN_COLUMNS} FROM import_run r ${RUN_JOINS} WHERE r.id = $1`,
      [runId],
    );
    return run ?? undefined;
  }

  /** Marks the run undone and forgets its before-images; only a run in `scope`. */
  async markUndone(
    runner: QueryRunner,
    scope: Scope,
    runId: string,
    userId: string | null,
    via: 'http' | 'cli',
  ): Promise<void> {
    const p = new SqlParams([runId, userId, via]);
    const marked = await execute(
      runner,
      `UPDATE import_run r SET undone_at = now(), undone_by = $2, undone_via = $3
       WHERE r.id = $1
         AND ${scope.where(p, {
           regionId: 'r.region_id',
           municipalityId: 'r.municipality_id',
           unitPath: '(SELECT u.path FROM unit u WHERE u.id = r.unit_id)',
         })}`,
      p.values,
    );
    // the undo service checks the caller first; this only stops a caller that did not
    if (marked !== 1) throw new Error(`Import run ${runId} is not in the caller's scope`);
    // the before-images have done their work
    await execute(runner, `DELETE FROM import_run_employee WHERE run_id = $1`, [runId]);
    await execute(runner, `DELETE FROM import_run_qualification WHERE run_id = $1`, [runId]);
    await execute(runner, `DELETE FROM import_run_assessment WHERE run_id = $1`, [runId]);
  }

  /**
   * For each run: recorded rows that are gone, employees changed since (their version is not
   * the one the run left, or they were erased), and qualifications a later run extended.
   * Only employees in `scope` are read: one outside it counts as gone, so its run cannot be
   * undone by this caller.
   */
  blockers(
    runner: QueryRunner | null,
    scope: Scope,
    runIds: readonly string[],
  ): Promise<UndoBlockers[]> {
    if (runIds.length === 0) return Promise.resolve([]);
    const p = new SqlParams([runIds]);
    const changed = `(e.version <> i.after_version OR NOT ${notErased('e')})`;
    return rows(
      runner ?? this.db,
      UndoBlockers,
      `SELECT r.id AS "runId",
              r.recorded - (
                coalesce(c.recorded, 0)
                + (SELECT count(*) FROM import_run_qualification q WHERE q.run_id = r.id)
                + (SELECT count(*) FROM import_run_assessment a WHERE a.run_id = r.id))::int
                AS missing,
              coalesce(c.n, 0)::int AS "changedSince",
              coalesce(c.examples, '{}') AS "changedExamples",
              (SELECT count(DISTINCT a.qualification_id)::int
               FROM import_run_qualification q JOIN assessment a ON a.qualification_id = q.qualification_id
               WHERE q.run_id = r.id
                 AND NOT EXISTS (SELECT 1 FROM import_run_assessment ra
                                 WHERE ra.run_id = r.id AND ra.assessment_id = a.id))
                AS "extendedSince"
       FROM import_run r
       LEFT JOIN LATERAL (
         SELECT count(*) AS recorded,
                count(*) FILTER (WHERE ${changed}) AS n,
                (array_agg(e.employee_number ORDER BY e.employee_number)
                   FILTER (WHERE ${changed} AND ${notErased('e')}))[1:3] AS examples
         FROM import_run_employee i
         JOIN employee e ON e.id = i.employee_id
         JOIN unit u ON u.id = e.unit_id
         WHERE i.run_id = r.id AND ${scope.where(p, EMPLOYEE_SCOPE)}
       ) c ON true
       WHERE r.id = ANY($1::uuid[])`,
      p.values,
    );
  }
}
