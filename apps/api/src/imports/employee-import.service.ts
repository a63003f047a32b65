import { Injectable } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { AuditService } from '../audit/audit.service';
import { UserError } from '../common/errors/user-error';
import { isUniqueViolation } from '../database/postgres-errors';
import {
  EmployeeImportRepository,
  type EmployeeDiffRow,
  type PresentColumns,
  type StagedKey,
} from './employee-import.repository';
import { importScope, scopeName, type ImportRequest } from './import-request';
import {
  type ColumnMap,
  type DeactivationFacts,
  deactivationWarnings,
  describeEmployeeChanges,
  DETAIL_LIMIT,
  EMPLOYEE_FIELDS,
  type EmployeeField,
  type EmployeeRecord,
  emptyRows,
  type ImportReport,
  IssueList,
  joinRowNumbers,
  pickFields,
  type RawRow,
  type ReportRow,
  type RowAction,
  summariseDeactivation,
  unconfirmedDeactivation,
  unitMatcher,
  validateEmployeeRow,
} from '@kp/domain';
import { auditInPages, type ImportComparison, type ImportHooks } from './run-import';

function concurrentChange(): UserError {
  return new UserError(
    'CONFLICT',
    'Noen endret ansatte i kommunen mens importen pågikk. Ingenting er lagret – kjør importen på nytt.',
  );
}

interface EmployeeRunState {
  present: PresentColumns;
  counts: Record<RowAction, number>;
}

/**
 * Employees from the HR system (runImport's hooks): rows matched to the municipality's units,
 * compared with the employees in SQL; employees missing from the file are deactivated, behind
 * the mass-deactivation guard.
 */
@Injectable()
export class EmployeeImportService implements ImportHooks<
  EmployeeField,
  EmployeeRecord,
  EmployeeRunState
> {
  readonly kind = 'employees' as const;
  readonly fields = EMPLOYEE_FIELDS;

  constructor(
    private readonly employees: EmployeeImportRepository,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationRepository,
  ) {}

  async prepare(runner: QueryRunner, request: ImportRequest) {
    const { target } = request;
    const findUnit = unitMatcher(
      await this.organisation.findUnitsByMunicipalityIds([target.municipalityId], runner),
      target.scopeUnit?.id ?? null,
    );
    await this.employees.createStage(runner);
    return (map: ColumnMap<EmployeeField>) => (row: RawRow) =>
      validateEmployeeRow(row, {
        map,
        findUnit,
        today: request.today,
        municipalityName: target.municipalityName,
        scopeUnitName: target.scopeUnit?.name ?? null,
      });
  }

  stage(runner: QueryRunner, rows: StagedKey[]): Promise<void> {
    return this.employees.stage(runner, rows);
  }

  async compare(
    runner: QueryRunner,
    request: ImportRequest,
    map: ColumnMap<EmployeeField>,
    issues: IssueList,
  ): Promise<ImportComparison<EmployeeRunState>> {
    const { target } = request;
    const duplicates = await this.employees.duplicates(runner, DETAIL_LIMIT);
    issues.addCounted(
      duplicates.rows.map((duplicate) => ({
        row: duplicate.rowNumber,
        column: columnHeader(map, 'employeeNumber'),
        code: 'DUPLICATE_EMPLOYEE_NUMBER',
        message: `Ansattnummer «${duplicate.employeeNumber}» står flere ganger i filen (rad ${joinRowNumbers(duplicate.rows)}).`,
      })),
      duplicates.total,
    );

    const present: PresentColumns = {
      positionTitle: map.index.positionTitle !== undefined,
      professionCode: map.index.professionCode !== undefined,
      birthYear: map.index.birthYear !== undefined,
      startDate: map.index.startDate !== undefined,
    };
    const scope = importScope(request);
    const scopeUnitId = target.scopeUnit?.id ?? null;
    await this.employees.buildDiff(runner, scope, target.municipalityId, scopeUnitId, present);
    const counts = await this.employees.counts(runner);
    const figures = await this.employees.scopeFigures(
      runner,
      scope,
      target.municipalityId,
      scopeUnitId,
    );
    const facts: DeactivationFacts = {
      deactivating: counts.deactivated,
      activeInScope: figures.activeInScope,
      rows: counts.created + counts.updated + counts.unchanged,
      matched: figures.matched,
      created: counts.created,
      scope: scopeName(target),
      confirmed: request.confirmDeactivate ?? null,
    };
    // only a run that would otherwise be applied is stopped by the guard
    const unconfirmed =
      !request.dryRun && issues.count === 0 ? unconfirmedDeactivation(facts) : null;
    if (unconfirmed) issues.add(unconfirmed);
    const details = await this.employees.details(runner, scope, DETAIL_LIMIT);
    return {
      counts,
      rows: toReportRows(details),
      warnings: deactivationWarnings(facts),
      extra: { deactivation: summariseDeactivation(facts) },
      shownEmployeeIds: existingIds(details),
      state: { present, counts },
    };
  }

  async apply(
    runner: QueryRunner,
    request: ImportRequest,
    runId: string,
    { present, counts }: EmployeeRunState,
  ): Promise<number> {
    const { target } = request;
    const scope = importScope(request);
    const imaged = await this.employees.recordBeforeImages(runner, scope, runId, target.regionId);
    await this.auditChanges(runner, request, runId, ['updated', 'deactivated']);
    const written = await this.employees.apply(runner, scope, target, present).catch((error) => {
      // someone added the same employee number meanwhile
      throw isUniqueViolation(error) ? concurrentChange() : error;
    });
    if (
      written.updated !== counts.updated ||
      written.deactivated !== counts.deactivated ||
      written.created !== counts.created
    ) {
      throw concurrentChange();
    }
    const created = await this.employees.recordCreated(runner, scope, runId, target.regionId);
    await this.auditChanges(runner, request, runId, ['created']);
    return imaged + created;
  }

  /** One change entry per employee. */
  private auditChanges(
    runner: QueryRunner,
    request: ImportRequest,
    runId: string,
    actions: Array<'created' | 'updated' | 'deactivated'>,
  ): Promise<void> {
    return auditInPages(
      this.audit,
      runner.manager,
      request.actor,
      (after, limit) => this.employees.page(runner, importScope(request), actions, after, limit),
      (row) => ({
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
      }),
    );
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
