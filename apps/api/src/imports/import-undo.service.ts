import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import {
  ImportRunsRepository,
  UNDO_WINDOW_DAYS,
  type ImportRunRow,
  type UndoBlockers,
} from './import-runs.repository';
import { ImportUndoRepository, type EmployeeUndoRow } from './import-undo.repository';
import { osUser } from './import-audit';
import { ImportsRepository } from './imports.repository';
import {
  EMPLOYEE_CHANGE_LABELS,
  pickFields,
  undoRefusal,
  type UndoRefusal,
  type UndoStatus,
} from '@kp/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AUDIT_PAGE = 1000;

export interface ImportRunView extends ImportRunRow {
  undoStatus: UndoStatus;
  /** Why it cannot be undone (Norwegian), or null. */
  undoBlockedReason: string | null;
}

export interface UndoOutcome {
  run: ImportRunView;
  employeesRestored: number;
  employeesRemoved: number;
  qualificationsRemoved: number;
  assessmentsRemoved: number;
}

export interface UndoCaller {
  /** The signed-in caller; null on the command line (the operator may undo any run). */
  actor: Actor | null;
  via: 'http' | 'cli';
}

/** Undoing is HR work; on the command line (no person) the run's region. */
function undoScope(caller: UndoCaller, regionId: string): Scope {
  return caller.actor ? Scope.hr(caller.actor) : Scope.system(regionId);
}

function unknownRun(): UserError {
  return UserError.notFound('importen.');
}

function concurrentChange(): UserError {
  return new UserError(
    'CONFLICT',
    'Noen endret de samme ansatte mens importen ble angret. Ingenting er endret – prøv igjen.',
  );
}

/** The employee fields whose values differ between two images (the unit by id). */
function differingFields(row: EmployeeUndoRow): string[] {
  if (!row.restored) return [];
  return Object.keys(EMPLOYEE_CHANGE_LABELS).filter(
    (field) =>
      JSON.stringify(row.current[field as keyof typeof row.current]) !==
      JSON.stringify(row.restored![field as keyof typeof row.restored]),
  );
}

/**
 * Undoing an applied import run (docs/imports.md, "Undo"): the employees it changed get back
 * exactly what they had, those it created are removed, and for a qualification run what it
 * added is removed, all in one transaction under the municipality's import lock, audited.
 * Refused when anything the run touched has been changed since, so an undo never overwrites
 * a later change.
 */
@Injectable()
export class ImportUndoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: ImportsRepository,
    private readonly runs: ImportRunsRepository,
    private readonly undoRepository: ImportUndoRepository,
    private readonly audit: AuditService,
  ) {}

  /** The municipality's newest runs (HR in that municipality). */
  history(actor: Actor, municipalityId: string, first: number): Promise<ImportRunView[]> {
    if (!UUID.test(municipalityId) || !this.mayUndoIn(actor, municipalityId)) {
      throw UserError.notFound('kommunen.');
    }
    return this.listing(Scope.hr(actor), municipalityId, first);
  }

  /**
   * The same for the command line's operator, who may see any municipality (with
   * `Scope.system` of its region).
   */
  async listing(scope: Scope, municipalityId: string, first: number): Promise<ImportRunView[]> {
    const rows = await this.runs.list(municipalityId, first);
    const blockers = await this.runs.blockers(
      null,
      scope,
      rows.filter((row) => !row.undoneAt && !row.expired).map((row) => row.id),
    );
    return rows.map((row) =>
      this.view(
        row,
        blockers.find((b) => b.runId === row.id),
        0,
      ),
    );
  }

  async undo(caller: UndoCaller, runId: string): Promise<UndoOutcome> {
    if (!UUID.test(runId)) throw unknownRun();
    const found = await this.runs.find(runId);
    if (!found || (caller.actor && !this.mayUndoIn(caller.actor, found.municipalityId))) {
      throw unknownRun();
    }

    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.imports.lockMunicipality(runner, found.municipalityId);
      const run = await this.runs.lock(runner, found.id);
      if (!run) throw unknownRun();
      const scope = undoScope(caller, run.regionId);
      const [blockers] = await this.runs.blockers(runner, scope, [run.id]);
      const inUse =
        run.kind === 'employees'
          ? await this.undoRepository.createdInUse(runner, scope, run.id)
          : 0;
      const refusal = this.refusal(run, blockers, inUse);
      if (refusal) throw new UserError(refusal.code, refusal.message);

      const outcome =
        run.kind === 'employees'
          ? await this.undoEmployees(runner, caller, scope, run)
          : await this.undoQualifications(runner, caller, scope, run);
      await this.runs.markUndone(runner, scope, run.id, caller.actor?.userId ?? null, caller.via);
      await this.runs.forgetExpired(runner);
      await this.audit.change(runner.manager, caller.actor, [
        {
          regionId: run.regionId,
          action: `import.${run.kind}.undo`,
          entityType: 'import',
          entityId: run.id,
          municipalityId: run.municipalityId,
          details: {
            importRun: run.id,
            via: caller.via,
            operatingSystemUser: caller.via === 'cli' ? osUser() : undefined,
            fileName: run.fileName,
            appliedAt: run.appliedAt,
            ...outcome,
          },
        },
      ]);
      const after = await this.runs.lock(runner, run.id);
      await runner.commitTransaction();
      return { run: this.view(after ?? run, undefined, 0), ...outcome };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async undoEmployees(
    runner: QueryRunner,
    caller: UndoCaller,
    scope: Scope,
    run: ImportRunRow,
  ): Promise<Omit<UndoOutcome, 'run'>> {
    let expectRestored = 0;
    let expectRemoved = 0;
    let after: string | null = null;
    for (;;) {
      const page = await this.undoRepository.employeePage(runner, scope, run.id, after, AUDIT_PAGE);
      if (page.length === 0) break;
      expectRestored += page.filter((row) => row.action !== 'created').length;
      expectRemoved += page.filter((row) => row.action === 'created').length;
      await this.audit.change(
        runner.manager,
        caller.actor,
        page.map((row) => {
          const fields = differingFields(row);
          return {
            regionId: run.regionId,
            action: row.action === 'created' ? 'employee.delete' : 'employee.update',
            entityType: 'employee',
            entityId: row.employeeId,
            employeeId: row.employeeId,
            municipalityId: run.municipalityId,
            before:
              row.action === 'created'
                ? {
                    employeeNumber: row.employeeNumber,
                    ...pickFields(row.current, Object.keys(EMPLOYEE_CHANGE_LABELS)),
                  }
                : pickFields(row.current, fields),
            after: row.restored ? pickFields(row.restored, fields) : null,
            details: { undoOf: run.id },
          };
        }),
      );
      after = page[page.length - 1].employeeId;
    }
    const written = await this.undoRepository.restoreEmployees(runner, scope, run.id);
    if (written.restored !== expectRestored || written.deleted !== expectRemoved) {
      throw concurrentChange();
    }
    return {
      employeesRestored: written.restored,
      employeesRemoved: written.deleted,
      qualificationsRemoved: 0,
      assessmentsRemoved: 0,
    };
  }

  private async undoQualifications(
    runner: QueryRunner,
    caller: UndoCaller,
    scope: Scope,
    run: ImportRunRow,
  ): Promise<Omit<UndoOutcome, 'run'>> {
    const rows = await this.undoRepository.qualifications(runner, scope, run.id);
    if (rows.length > 0) {
      await this.audit.change(
        runner.manager,
        caller.actor,
        rows.map((row) => ({
          regionId: run.regionId,
          action: row.created ? 'qualification.delete' : 'qualification.update',
          entityType: 'qualification',
          entityId: row.qualificationId,
          employeeId: row.employeeId,
          municipalityId: run.municipalityId,
          before: row.created
            ? {
                title: row.title,
                kind: row.kind,
                obtainedOn: row.obtainedOn,
                competences: row.competences,
              }
            : { addedCompetences: row.competences },
          after: row.created ? null : { addedCompetences: [] },
          details: { undoOf: run.id },
        })),
      );
    }
    const removed = await this.undoRepository.removeQualifications(runner, scope, run.id);
    if (removed.assessments + removed.qualifications !== run.recorded) throw concurrentChange();
    return {
      employeesRestored: 0,
      employeesRemoved: 0,
      qualificationsRemoved: removed.qualifications,
      assessmentsRemoved: removed.assessments,
    };
  }

  private mayUndoIn(actor: Actor, municipalityId: string): boolean {
    return Scope.hr(actor).coversMunicipality(municipalityId);
  }

  private refusal(
    run: ImportRunRow,
    blockers: UndoBlockers | undefined,
    createdInUse: number,
  ): UndoRefusal | null {
    return undoRefusal({
      kind: run.kind,
      undoneAt: run.undoneAt,
      undoneByName: run.undoneByName ?? (run.undoneVia === 'cli' ? 'kommandolinjen' : null),
      appliedAt: run.appliedAt,
      expired: run.expired,
      windowDays: UNDO_WINDOW_DAYS,
      recorded: run.recorded,
      missing: blockers?.missing ?? 0,
      changedSince: blockers?.changedSince ?? 0,
      changedExamples: blockers?.changedExamples ?? [],
      extendedSince: blockers?.extendedSince ?? 0,
      createdInUse,
    });
  }

  private view(
    run: ImportRunRow,
    blockers: UndoBlockers | undefined,
    createdInUse: number,
  ): ImportRunView {
    const refusal = this.refusal(run, blockers, createdInUse);
    return {
      ...run,
      undoStatus: refusal?.status ?? 'UNDOABLE',
      undoBlockedReason: refusal && refusal.status === 'BLOCKED' ? refusal.message : null,
    };
  }
}
