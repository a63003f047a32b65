import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UserError } from '../common/errors/user-error';
import { isUniqueViolation } from '../database/postgres-errors';
import { EmployeeImportRepository, type EmployeeDiffRow } from './employee-import.repository';
import { auditImportPreview, auditImportRun } from './import-audit';
import { openImportFile } from './import-file.reader';
import { readRows } from './import-pipeline';
import { reportBase, scopeName, type ImportRequest } from './import-request';
import { ImportRunsRepository } from './import-runs.repository';
import { ImportsRepository } from './imports.repository';
import {
  deactivationWarnings,
  summariseDeactivation,
  unconfirmedDeactivation,
  type DeactivationFacts,
} from './parsing/deactivation-check';
import { describeEmployeeChanges, pickFields } from './parsing/employee-changes';
import { EMPLOYEE_FIELDS, validateEmployeeRow, type EmployeeField } from './parsing/employee-row';
import type { ColumnMap } from './parsing/header-mapping';
import {
  DETAIL_LIMIT,
  emptyFileDescription,
  emptyRows,
  IssueList,
  joinRowNumbers,
  refusedReport,
  type ImportReport,
  type ReportRow,
} from './parsing/import-report';
import { unitMatcher } from './parsing/unit-matcher';

const AUDIT_PAGE = 1000;

function concurrentChange(): UserError {
  return new UserError(
    'CONFLICT',
    'Noen endret ansatte i kommunen mens importen pågikk. Ingenting er lagret – kjør importen på nytt.',
  );
}

/**
 * Employees from the HR system: validated row by row while the file streams in, staged in
 * batches, compared and applied in SQL, all in one transaction that a dry run (or any error)
 * rolls back.
 */
@Injectable()
export class EmployeeImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: ImportsRepository,
    private readonly employees: EmployeeImportRepository,
    private readonly runs: ImportRunsRepository,
    private readonly audit: AuditService,
  ) {}

  async run(request: ImportRequest): Promise<ImportReport> {
    const base = reportBase('employees', request.target, request.dryRun);
    const description = emptyFileDescription(request.source.fileName);
    const opened = await openImportFile(request.source);
    if ('issue' in opened) return refusedReport(base, description, [opened.issue]);
    Object.assign(description, {
      format: opened.file.format,
      encoding: opened.file.encoding,
      delimiter: opened.file.delimiter,
    });

    const { target } = request;
    const issues = new IssueList();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.imports.lockMunicipality(runner, target.municipalityId);
      const findUnit = unitMatcher(
        await this.imports.units(runner, target.municipalityId),
        target.scopeUnit?.id ?? null,
      );
      await this.employees.createStage(runner);
      const outcome = await readRows(
        opened.file,
        {
          fields: EMPLOYEE_FIELDS,
          mapping: request.mapping,
          validator: (map) => (row) =>
            validateEmployeeRow(row, {
              map,
              findUnit,
              today: request.today,
              municipalityName: target.municipalityName,
              scopeUnitName: target.scopeUnit?.name ?? null,
            }),
          stage: (rows) => this.employees.stage(runner, rows),
        },
        issues,
        description,
      );
      if (!outcome.ok) {
        await runner.rollbackTransaction();
        return refusedReport(base, description, issues.list(), issues.count, outcome.hints);
      }

      const duplicates = await this.employees.duplicates(runner, DETAIL_LIMIT);
      issues.addCounted(
        duplicates.rows.map((duplicate) => ({
          row: duplicate.rowNumber,
          column: columnHeader(outcome.map, 'employeeNumber'),
          code: 'DUPLICATE_EMPLOYEE_NUMBER',
          message: `Ansattnummer «${duplicate.employeeNumber}» står flere ganger i filen (rad ${joinRowNumbers(duplicate.rows)}).`,
        })),
        duplicates.total,
      );

      const present = {
        positionTitle: outcome.map.index.positionTitle !== undefined,
        professionCode: outcome.map.index.professionCode !== undefined,
        birthYear: outcome.map.index.birthYear !== undefined,
        startDate: outcome.map.index.startDate !== undefined,
      };
      await this.employees.buildDiff(
        runner,
        target.municipalityId,
        target.scopeUnit?.id ?? null,
        present,
      );
      const counts = await this.employees.counts(runner);
      const scope = await this.employees.scopeFigures(
        runner,
        target.municipalityId,
        target.scopeUnit?.id ?? null,
      );
      const facts: DeactivationFacts = {
        deactivating: counts.deactivated,
        activeInScope: scope.activeInScope,
        rows: counts.created + counts.updated + counts.unchanged,
        matched: scope.matched,
        created: counts.created,
        scope: scopeName(target),
        confirmed: request.confirmDeactivate ?? null,
      };
      // only a run that would otherwise be applied is stopped by the guard
      const unconfirmed =
        !request.dryRun && issues.count === 0 ? unconfirmedDeactivation(facts) : null;
      if (unconfirmed) issues.add(unconfirmed);
      const details = await this.employees.details(runner, DETAIL_LIMIT);
      const runId = randomUUID();
      const report: ImportReport = {
        ...base,
        runId,
        applied: false,
        ok: issues.count === 0,
        file: description,
        counts: { ...counts, errors: issues.count },
        rows: toReportRows(details),
        errors: issues.list(),
        warnings: [...outcome.hints, ...deactivationWarnings(facts)],
        deactivation: summariseDeactivation(facts),
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
          existingIds(details),
        );
        return report;
      }

      report.undoableUntil = await this.runs.create(runner, request, report);
      const imaged = await this.employees.recordBeforeImages(runner, runId, target.regionId);
      await this.auditChanges(runner, request, runId, ['updated', 'deactivated']);
      const written = await this.employees.apply(runner, target, present).catch((error) => {
        // someone added the same employee number meanwhile
        throw isUniqueViolation(error) ? concurrentChange() : error;
      });
      if (written.updated !== counts.updated || written.deactivated !== counts.deactivated) {
        throw concurrentChange();
      }
      const created = await this.employees.recordCreated(runner, runId, target.regionId);
      await this.runs.setRecorded(runner, runId, imaged + created);
      await this.runs.forgetExpired(runner);
      await this.auditChanges(runner, request, runId, ['created']);
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

  /** One change entry per employee, written a page at a time. */
  private async auditChanges(
    runner: QueryRunner,
    request: ImportRequest,
    runId: string,
    actions: Array<'created' | 'updated' | 'deactivated'>,
  ): Promise<void> {
    let after = 0;
    for (;;) {
      const page = await this.employees.page(runner, actions, after, AUDIT_PAGE);
      if (page.length === 0) return;
      await this.audit.change(
        runner.manager,
        request.actor,
        page.map((row) => ({
          regionId: request.target.regionId,
          action: row.action === 'created' ? 'employee.create' : 'employee.update',
          entityType: 'employee',
          entityId: row.employeeId,
          employeeId: row.employeeId,
          municipalityId: request.target.municipalityId,
          before:
            row.action === 'created' || !row.before ? null : pickFields(row.before, row.changed),
          after:
            row.action === 'deactivated'
              ? { active: false }
              : row.after
                ? pickFields(row.after, row.action === 'created' ? CREATED_FIELDS : row.changed)
                : null,
          details: { importRun: runId, row: row.rowNumber },
        })),
      );
      after = page[page.length - 1].seq;
    }
  }
}

const CREATED_FIELDS = [
  'givenName',
  'familyName',
  'unitId',
  'positionTitle',
  'professionCode',
  'fte',
  'employmentType',
  'birthYear',
  'startDate',
  'active',
];

function columnHeader(map: ColumnMap<EmployeeField>, field: EmployeeField): string | null {
  const column = map.index[field];
  return column === undefined ? null : map.headers[column];
}

function fullName(values: { givenName: string | null; familyName: string | null } | null): string {
  return values ? [values.givenName, values.familyName].filter(Boolean).join(' ') : '';
}

function toReportRows(details: EmployeeDiffRow[]): ImportReport['rows'] {
  const rows = emptyRows();
  for (const detail of details) {
    const row: ReportRow = {
      row: detail.rowNumber,
      employeeNumber: detail.employeeNumber,
      name: fullName(detail.after ?? detail.before),
    };
    if (detail.action === 'updated' && detail.before && detail.after) {
      row.changes = describeEmployeeChanges(detail.changed, detail.before, detail.after);
    }
    rows[detail.action].push(row);
  }
  return rows;
}

/** Employees already in the database whose data the report shows. */
function existingIds(details: EmployeeDiffRow[]): string[] {
  return details.flatMap((detail) =>
    detail.action !== 'created' && detail.employeeId ? [detail.employeeId] : [],
  );
}
