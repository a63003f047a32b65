import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CompetencesRepository } from '../competences/competences.repository';
import { toCatalogueEntry } from '../competences/competence.mapper';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError, rejectIfAny } from '../common/errors/user-error';
import {
  AppraisalContentValues,
  buildSummary,
  competenceIdsOf,
  contentProblems,
  normaliseContent,
  prefillContent,
  sameContent,
  todayInNorway,
} from '@kp/domain';
import { AppraisalCyclesRepository } from './appraisal-cycles.repository';
import {
  alreadySignedOff,
  AppraisalConflictError,
  appraisalNotFound,
  employeeNotFound,
} from './appraisal-errors';
import { snapshot, toAppraisal, toContent, toCycle } from './appraisal.mapper';
import type { AppraisalCycleRow, AppraisalEmployeeRow, AppraisalRecord } from './appraisal.rows';
import { AppraisalsRepository } from './appraisals.repository';
import type { AppraisalFilter } from './dto/appraisal-filter.input';
import type { SaveAppraisalDraftInput } from './dto/appraisal-write.input';
import type { AppraisalDraft } from './models/appraisal-draft.model';
import type { AppraisalSummary } from './models/appraisal-summary.model';
import { Appraisal, AppraisalStatus } from './models/appraisal.model';

/** Reading appraisal records, opening the form and saving drafts. Sign-off is its own service. */
@Injectable()
export class AppraisalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly appraisals: AppraisalsRepository,
    private readonly cycles: AppraisalCyclesRepository,
    private readonly audit: AuditService,
    private readonly catalogue: CompetencesRepository,
  ) {}

  /** Null when it does not exist or the employee is outside the caller's scope. */
  async get(actor: Actor, id: string): Promise<Appraisal | null> {
    if (!isUUID(id, 'all')) return null;
    const [record] = await this.appraisals.findInScope(Scope.personalData(actor), [id]);
    if (!record) {
      await this.audit.outOfScope(actor, { kind: 'appraisal', id }, 'appraisal');
      return null;
    }
    await this.audit.read(actor, {
      action: 'appraisal.read',
      entityType: 'appraisal',
      entityId: record.id,
      employeeId: record.employeeId,
      municipalityId: record.municipalityId,
    });
    return toAppraisal(record);
  }

  async list(actor: Actor, filter: AppraisalFilter | null): Promise<Appraisal[]> {
    const records = await this.appraisals.list(Scope.personalData(actor), filter ?? {});
    await this.audit.read(actor, {
      action: 'appraisal.list',
      entityType: 'appraisal',
      employeeIds: [...new Set(records.map((record) => record.employeeId))],
      details: { filter: filter ?? {}, count: records.length },
    });
    return records.map(toAppraisal);
  }

  /**
   * What the form opens with for an employee: this cycle's record, or content pre-filled from
   * last cycle's signed-off record and the current assessments. Null when the employee does
   * not exist or is outside the caller's scope.
   */
  async draft(
    actor: Actor,
    employeeId: string,
    cycleId: string | null,
  ): Promise<AppraisalDraft | null> {
    if (!isUUID(employeeId, 'all')) return null;
    const scope = Scope.personalData(actor);
    const employee = await this.appraisals.findEmployeeInScope(scope, employeeId);
    if (!employee) {
      await this.audit.outOfScope(actor, { kind: 'employee', id: employeeId }, 'appraisalDraft');
      return null;
    }
    const today = todayInNorway();
    const cycle = await this.cycleFor(employee, cycleId, today);
    const record = await this.appraisals.findByEmployeeAndCycle(scope, employee.id, cycle.id);
    const previous = await this.appraisals.findPreviousCompleted(scope, employee.id, cycle.opensOn);
    const content = record
      ? record.content
      : prefillContent(
          previous?.content ?? null,
          await this.appraisals.currentLevels(scope, employee.id),
        );
    await this.audit.read(actor, {
      action: 'appraisal.draft.read',
      entityType: 'appraisal',
      entityId: record?.id ?? null,
      employeeId: employee.id,
      municipalityId: employee.municipalityId,
      details: { cycleId: cycle.id, previousId: previous?.id ?? null },
    });
    return {
      employeeId: employee.id,
      cycle: toCycle(cycle, today),
      appraisal: record ? toAppraisal(record) : null,
      content: toContent(content),
      previous: previous ? toAppraisal(previous) : null,
    };
  }

  /**
   * Creates or updates the employee's draft in the cycle. Made for autosave: the whole form
   * each time, unchanged content writes nothing, and a resend of what is already saved is
   * not a conflict. A stale version is (code CONFLICT, the saved version in the extensions).
   */
  /** An attempt on someone outside the caller's scope is audited (after the transaction). */
  saveDraft(actor: Actor, input: SaveAppraisalDraftInput): Promise<Appraisal> {
    const target = { kind: 'employee' as const, id: input.employeeId };
    return this.audit.watchScope(actor, target, 'saveAppraisalDraft', () =>
      this.saveDraftInScope(actor, input),
    );
  }

  private async saveDraftInScope(actor: Actor, input: SaveAppraisalDraftInput): Promise<Appraisal> {
    const content = normaliseContent(input.content);
    const today = todayInNorway();
    const scope = Scope.personalData(actor);
    return this.db.transaction(async (manager) => {
      const employee = await this.appraisals.findEmployeeInScope(scope, input.employeeId, manager);
      if (!employee) throw employeeNotFound();
      const cycle = await this.cycleFor(employee, input.cycleId ?? null, today, manager);
      const existing = await this.appraisals.findByEmployeeAndCycle(
        scope,
        employee.id,
        cycle.id,
        manager,
        true,
      );

      if (!existing) {
        // a version means the caller had a draft that has since been discarded
        if (input.version) throw appraisalNotFound();
        if (!employee.active) {
          throw UserError.field(
            'employeeId',
            'EMPLOYEE_INACTIVE',
            'Den ansatte er ikke lenger aktiv, så det kan ikke startes en ny samtale',
          );
        }
        await this.validate(manager, employee.regionId, content, new Set());
        const id = await this.appraisals.insertDraft(scope, manager, {
          regionId: employee.regionId,
          municipalityId: employee.municipalityId,
          cycleId: cycle.id,
          employeeId: employee.id,
          actorUserId: actor.userId,
        });
        if (!id) {
          // another leader created it a moment ago: theirs stands
          const theirs = await this.appraisals.findByEmployeeAndCycle(
            scope,
            employee.id,
            cycle.id,
            manager,
            true,
          );
          if (!theirs) throw new Error('Appraisal vanished after a conflicting insert');
          if (sameContent(theirs.content, content)) return toAppraisal(theirs);
          throw new AppraisalConflictError(theirs);
        }
        await this.appraisals.writeContent(scope, manager, id, content, actor.userId);
        const created = await this.reload(manager, scope, employee, cycle.id);
        await this.audit.change(manager, actor, [
          {
            action: 'appraisal.create',
            entityType: 'appraisal',
            entityId: created.id,
            employeeId: employee.id,
            municipalityId: employee.municipalityId,
            after: snapshot(created),
          },
        ]);
        return toAppraisal(created);
      }

      if (existing.status === AppraisalStatus.COMPLETED) throw alreadySignedOff();
      if (input.version !== existing.version) {
        if (sameContent(existing.content, content)) return toAppraisal(existing);
        throw new AppraisalConflictError(existing);
      }
      await this.validate(
        manager,
        employee.regionId,
        content,
        new Set(competenceIdsOf(existing.content)),
      );
      if (sameContent(existing.content, content)) return toAppraisal(existing);
      await this.appraisals.writeContent(scope, manager, existing.id, content, actor.userId);
      const saved = await this.reload(manager, scope, employee, cycle.id);
      await this.audit.change(manager, actor, [
        {
          action: 'appraisal.update',
          entityType: 'appraisal',
          entityId: saved.id,
          employeeId: employee.id,
          municipalityId: employee.municipalityId,
          before: snapshot(existing),
          after: snapshot(saved),
        },
      ]);
      return toAppraisal(saved);
    });
  }

  /** Deletes a draft started by mistake; a signed-off record is never deleted. */
  async discardDraft(actor: Actor, id: string, version: number): Promise<boolean> {
    const scope = Scope.personalData(actor);
    return this.db.transaction(async (manager) => {
      const [record] = await this.appraisals.findInScope(scope, [id], manager, true);
      if (!record) throw appraisalNotFound();
      if (record.version !== version) throw new AppraisalConflictError(record);
      if (record.status === AppraisalStatus.COMPLETED) {
        throw new UserError('APPRAISAL_COMPLETED', 'En signert samtale kan ikke slettes.');
      }
      await this.appraisals.deleteDraft(scope, manager, record.id);
      await this.audit.change(manager, actor, [
        {
          action: 'appraisal.discard',
          entityType: 'appraisal',
          entityId: record.id,
          employeeId: record.employeeId,
          municipalityId: record.municipalityId,
          before: snapshot(record),
        },
      ]);
      return true;
    });
  }

  /** A printable summary for the employee; null as for `get`. Audited as a read. */
  async summary(actor: Actor, id: string): Promise<AppraisalSummary | null> {
    if (!isUUID(id, 'all')) return null;
    const scope = Scope.personalData(actor);
    const [record] = await this.appraisals.findInScope(scope, [id]);
    if (!record) {
      await this.audit.outOfScope(actor, { kind: 'appraisal', id }, 'appraisalSummary');
      return null;
    }
    const employee = await this.appraisals.findEmployeeInScope(scope, record.employeeId);
    const [cycle] = await this.cycles.findByIds(record.regionId, [record.cycleId]);
    if (!employee || !cycle) return null;
    const competences = await this.catalogue.findInRegion(
      record.regionId,
      competenceIdsOf(record.content),
    );
    await this.audit.read(actor, {
      action: 'appraisal.summary.read',
      entityType: 'appraisal',
      entityId: record.id,
      employeeId: record.employeeId,
      municipalityId: record.municipalityId,
    });
    return buildSummary({
      appraisalId: record.id,
      employeeName: `${employee.givenName} ${employee.familyName}`,
      unitName: employee.unitName,
      municipalityName: employee.municipalityName,
      cycleName: cycle.name,
      status: record.status,
      completedOn: record.completedAt ? todayInNorway(record.completedAt) : null,
      completedByName: record.completedByName,
      content: record.content,
      competences: new Map(competences.map((competence) => [competence.id, competence])),
    });
  }

  /** Unknown competences, inactive ones newly added and levels off the scale: nothing written. */
  async validate(
    manager: EntityManager,
    regionId: string,
    content: AppraisalContentValues,
    alreadyUsed: ReadonlySet<string>,
    extra: ReturnType<typeof contentProblems> = [],
  ): Promise<void> {
    const entries = await this.catalogue.findInRegion(regionId, competenceIdsOf(content), manager);
    const catalogue = new Map(entries.map((entry) => [entry.id, toCatalogueEntry(entry)]));
    rejectIfAny([...contentProblems(content, catalogue, alreadyUsed), ...extra]);
  }

  /**
   * The cycle asked for, which must belong to the employee's municipality, or else the
   * municipality's current one.
   */
  private async cycleFor(
    employee: AppraisalEmployeeRow,
    cycleId: string | null,
    today: string,
    manager: EntityManager = this.db.manager,
  ): Promise<AppraisalCycleRow> {
    if (cycleId) {
      const [cycle] = await this.cycles.findByIds(employee.regionId, [cycleId], manager);
      if (!cycle || cycle.municipalityId !== employee.municipalityId) {
        throw UserError.field(
          'cycleId',
          'UNKNOWN_CYCLE',
          'Samtalerunden finnes ikke i kommunen der den ansatte jobber',
        );
      }
      return cycle;
    }
    const [current] = await this.cycles.current(
      employee.regionId,
      [employee.municipalityId],
      today,
    );
    if (!current) {
      throw UserError.field(
        'cycleId',
        'NO_CYCLE',
        `${employee.municipalityName} kommune har ingen samtalerunde ennå. HR oppretter den.`,
      );
    }
    return current;
  }

  private async reload(
    manager: EntityManager,
    scope: Scope,
    employee: AppraisalEmployeeRow,
    cycleId: string,
  ): Promise<AppraisalRecord> {
    const record = await this.appraisals.findByEmployeeAndCycle(
      scope,
      employee.id,
      cycleId,
      manager,
    );
    if (!record) throw new Error('Saved appraisal vanished');
    return record;
  }
}
