import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { Actor } from '../auth/roles';
import { AuditService } from '../audit/audit.service';
import { auditImportPreview, auditImportRun } from './import-audit';
import { openImportFile } from './import-file.reader';
import { readRows, type StagedRow } from './import-pipeline';
import { reportBase, type ImportRequest } from './import-request';
import { ImportRunsRepository } from './import-runs.repository';
import { ImportsRepository } from './imports.repository';
import {
  type ColumnMap,
  DETAIL_LIMIT,
  emptyFileDescription,
  type FieldSpec,
  type ImportIssue,
  type ImportKind,
  type ImportReport,
  IssueList,
  type RawRow,
  refusedReport,
  type RowAction,
  type RowResult,
} from '@kp/domain';

/** What a kind's comparison of the staged file with the database found. */
export interface ImportComparison<S> {
  counts: Record<RowAction, number>;
  rows: ImportReport['rows'];
  /** Warnings besides the header hints every import gives. */
  warnings: ImportIssue[];
  /** The parts of the report only this kind fills in. */
  extra: Pick<ImportReport, 'deactivation' | 'totals'>;
  /** Stored employees whose data the report shows (a preview audits them as read). */
  shownEmployeeIds: string[];
  /** Handed to `apply` unchanged. */
  state: S;
}

/**
 * One kind of import (employees, qualifications; surveys and KOSTRA figures next): what only
 * it knows. Everything else (the file, the transaction and the municipality lock, reading and
 * staging rows, the report, dry runs, run registration for undo, the audit entries of the run)
 * is runImport's. Every hook runs inside the run's transaction on `runner`.
 */
export interface ImportHooks<F extends string, R, S> {
  kind: ImportKind;
  /** The columns the import reads. */
  fields: readonly FieldSpec<F>[];
  /**
   * Reads what rows are matched against (units, the catalogue …) and creates the staging
   * table; returns the row validator, built once the header is known.
   */
  prepare(
    runner: QueryRunner,
    request: ImportRequest,
  ): Promise<(map: ColumnMap<F>) => (row: RawRow) => RowResult<R>>;
  /** Stages one batch of validated rows. */
  stage(runner: QueryRunner, rows: StagedRow<R>[]): Promise<void>;
  /**
   * After every row is staged: checks that need the whole file and the comparison with what
   * is stored. Problems go to `issues`; a run with any is not applied.
   */
  compare(
    runner: QueryRunner,
    request: ImportRequest,
    map: ColumnMap<F>,
    issues: IssueList,
  ): Promise<ImportComparison<S>>;
  /**
   * Writes the changes of a run that is applied, with its undo records and per-record audit
   * entries; returns how many undo records it wrote.
   */
  apply(runner: QueryRunner, request: ImportRequest, runId: string, state: S): Promise<number>;
}

/**
 * Runs an import: validated row by row while the file streams in, staged in batches, compared
 * and applied in SQL, all in one transaction that a dry run (or any error) rolls back.
 */
@Injectable()
export class ImportRunner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: ImportsRepository,
    private readonly runs: ImportRunsRepository,
    private readonly audit: AuditService,
  ) {}

  async runImport<F extends string, R, S>(
    hooks: ImportHooks<F, R, S>,
    request: ImportRequest,
  ): Promise<ImportReport> {
    const base = reportBase(hooks.kind, request.target, request.dryRun);
    const description = emptyFileDescription(request.source.fileName);
    const opened = await openImportFile(request.source);
    if ('issue' in opened) return refusedReport(base, description, [opened.issue]);
    Object.assign(description, {
      format: opened.file.format,
      encoding: opened.file.encoding,
      delimiter: opened.file.delimiter,
    });

    const issues = new IssueList();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.imports.lockMunicipality(runner, request.target.municipalityId);
      const validator = await hooks.prepare(runner, request);
      const outcome = await readRows(
        opened.file,
        {
          fields: hooks.fields,
          mapping: request.mapping,
          validator,
          stage: (rows) => hooks.stage(runner, rows),
        },
        issues,
        description,
      );
      if (!outcome.ok) {
        await runner.rollbackTransaction();
        return refusedReport(base, description, issues.list(), issues.count, outcome.hints);
      }

      const comparison = await hooks.compare(runner, request, outcome.map, issues);
      const runId = randomUUID();
      const report: ImportReport = {
        ...base,
        runId,
        applied: false,
        ok: issues.count === 0,
        file: description,
        counts: { ...comparison.counts, errors: issues.count },
        rows: comparison.rows,
        errors: issues.list(),
        warnings: [...outcome.hints, ...comparison.warnings],
        ...comparison.extra,
        undoableUntil: null,
        detailLimit: DETAIL_LIMIT,
      };

      if (request.dryRun || !report.ok) {
        await runner.rollbackTransaction();
        await auditImportPreview(
          this.audit,
          this.db.manager,
          request,
          report,
          comparison.shownEmployeeIds,
        );
        return report;
      }

      report.undoableUntil = await this.runs.create(runner, request, report);
      const recorded = await hooks.apply(runner, request, runId, comparison.state);
      await this.runs.setRecorded(runner, runId, recorded);
      await this.runs.forgetExpired(runner);
      report.applied = true;
      await auditImportRun(this.audit, runner.manager, request, report);
      await runner.commitTransaction();
      return report;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}

type AuditSubject = Parameters<AuditService['change']>[2][number];

/** Rows per page of per-record audit entries. */
export const AUDIT_PAGE = 1000;

/**
 * Writes one change entry per record, a page at a time (keyset on `seq`), so the audit of a
 * large run does not hold every row in memory.
 */
export async function auditInPages<T extends { seq: number }>(
  audit: AuditService,
  manager: EntityManager,
  actor: Actor | null,
  page: (afterSeq: number, limit: number) => Promise<T[]>,
  entry: (row: T) => AuditSubject,
): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await page(after, AUDIT_PAGE);
    if (rows.length === 0) return;
    await audit.change(manager, actor, rows.map(entry));
    after = rows[rows.length - 1].seq;
  }
}
