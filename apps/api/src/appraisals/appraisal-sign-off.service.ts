import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import {
  AppraisalContentValues,
  competenceIdsOf,
  normaliseContent,
  sameContent,
  signOffEffects,
  signOffProblems,
  todayInNorway,
} from '@kp/domain';
import { AppraisalCyclesRepository } from './appraisal-cycles.repository';
import { AppraisalEffectsRepository, EffectContext } from './appraisal-effects.repository';
import { AppraisalConflictError, appraisalNotFound, notSignedOff } from './appraisal-errors';
import { snapshot, toAppraisal } from './appraisal.mapper';
import type { AppraisalRecord } from './appraisal.rows';
import { AppraisalsRepository } from './appraisals.repository';
import { AppraisalsService } from './appraisals.service';
import type { AmendAppraisalInput, CompleteAppraisalInput } from './dto/appraisal-write.input';
import { Appraisal, AppraisalStatus } from './models/appraisal.model';

/**
 * Signing off and amending: each in one transaction that also updates the competence picture
 * (assessments, development items, the directory of people who can teach). Any problem and
 * nothing is written.
 */
@Injectable()
export class AppraisalSignOffService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly appraisals: AppraisalsRepository,
    private readonly cycles: AppraisalCyclesRepository,
    private readonly effects: AppraisalEffectsRepository,
    private readonly records: AppraisalsService,
    private readonly audit: AuditService,
  ) {}

  /** An attempt on someone outside the caller's scope is audited (after the transaction). */
  complete(actor: Actor, input: CompleteAppraisalInput): Promise<Appraisal> {
    const target = { kind: 'appraisal' as const, id: input.id };
    return this.audit.watchScope(actor, target, 'completeAppraisal', () =>
      this.completeInScope(actor, input),
    );
  }

  private async completeInScope(actor: Actor, input: CompleteAppraisalInput): Promise<Appraisal> {
    const today = todayInNorway();
    return this.db.transaction(async (manager) => {
      const current = await this.lock(manager, actor, input.id);
      if (current.version !== input.version) throw new AppraisalConflictError(current);
      if (current.status === AppraisalStatus.COMPLETED) {
        throw new UserError('APPRAISAL_COMPLETED', 'Samtalen er allerede signert.');
      }
      const content = input.content ? normaliseContent(input.content) : current.content;
      // the talk was held today unless the leader says otherwise
      const signed: AppraisalContentValues = { ...content, heldOn: content.heldOn ?? today };
      await this.records.validate(
        manager,
        current.regionId,
        signed,
        new Set(competenceIdsOf(current.content)),
        signOffProblems(signed, today),
      );
      if (!sameContent(current.content, signed)) {
        await this.appraisals.writeContent(
          Scope.personalData(actor),
          manager,
          current.id,
          signed,
          actor.userId,
        );
      }
      const { auditEntries, ...details } = await this.apply(manager, actor, current, null, signed);
      await this.appraisals.markCompleted(
        Scope.personalData(actor),
        manager,
        current.id,
        actor.userId,
      );
      const completed = await this.reload(manager, actor, current.id);
      await this.audit.change(manager, actor, [
        {
          action: 'appraisal.complete',
          entityType: 'appraisal',
          entityId: completed.id,
          employeeId: completed.employeeId,
          municipalityId: completed.municipalityId,
          before: snapshot(current),
          after: snapshot(completed),
          details,
        },
        ...auditEntries,
      ]);
      return toAppraisal(completed);
    });
  }

  amend(actor: Actor, input: AmendAppraisalInput): Promise<Appraisal> {
    const target = { kind: 'appraisal' as const, id: input.id };
    return this.audit.watchScope(actor, target, 'amendAppraisal', () =>
      this.amendInScope(actor, input),
    );
  }

  private async amendInScope(actor: Actor, input: AmendAppraisalInput): Promise<Appraisal> {
    const today = todayInNorway();
    return this.db.transaction(async (manager) => {
      const current = await this.lock(manager, actor, input.id);
      if (current.version !== input.version) throw new AppraisalConflictError(current);
      if (current.status !== AppraisalStatus.COMPLETED) throw notSignedOff();
      const content = normaliseContent(input.content);
      const amended: AppraisalContentValues = {
        ...content,
        heldOn: content.heldOn ?? current.content.heldOn,
      };
      const unchanged = sameContent(current.content, amended)
        ? [
            {
              field: 'content',
              code: 'NO_CHANGES',
              message: 'Rettelsen endrer ingenting i samtalen',
            },
          ]
        : [];
      await this.records.validate(
        manager,
        current.regionId,
        amended,
        new Set(competenceIdsOf(current.content)),
        [...signOffProblems(amended, today), ...unchanged],
      );
      await this.appraisals.writeContent(
        Scope.personalData(actor),
        manager,
        current.id,
        amended,
        actor.userId,
      );
      await this.appraisals.insertAmendment(Scope.personalData(actor), manager, {
        regionId: current.regionId,
        appraisalId: current.id,
        note: input.note,
        before: current.content,
        after: amended,
        actorUserId: actor.userId,
      });
      const { auditEntries, ...details } = await this.apply(
        manager,
        actor,
        current,
        current.content,
        amended,
      );
      const saved = await this.reload(manager, actor, current.id);
      await this.audit.change(manager, actor, [
        {
          action: 'appraisal.amend',
          entityType: 'appraisal',
          entityId: saved.id,
          employeeId: saved.employeeId,
          municipalityId: saved.municipalityId,
          before: snapshot(current),
          after: snapshot(saved),
          details: { ...details, note: input.note },
        },
        ...auditEntries,
      ]);
      return toAppraisal(saved);
    });
  }

  /** What the talk adds to the competence picture (see signOffEffects). */
  private async apply(
    manager: EntityManager,
    actor: Actor,
    record: AppraisalRecord,
    before: AppraisalContentValues | null,
    after: AppraisalContentValues,
  ) {
    const [cycle] = await this.cycles.findByIds(record.regionId, [record.cycleId], manager);
    const context: EffectContext = {
      regionId: record.regionId,
      municipalityId: record.municipalityId,
      employeeId: record.employeeId,
      appraisalId: record.id,
      actorUserId: actor.userId,
    };
    const changes = signOffEffects(before, after);
    const scope = Scope.personalData(actor);
    const assessments = await this.effects.insertAssessments(scope, manager, context, {
      assessedOn: after.heldOn ?? todayInNorway(),
      evidence: `Medarbeidersamtale (${cycle?.name ?? 'samtalerunde'})`,
      leaderAssessed: changes.leaderAssessments,
      confirmedSelfDeclared: changes.confirmedSelfDeclarations,
    });
    const withdrawnItemIds = await this.effects.withdrawDevelopmentItems(
      scope,
      manager,
      record.id,
      changes.withdrawnWishes,
      changes.withdrawnActions,
    );
    const createdItems = await this.effects.insertDevelopmentItems(
      scope,
      manager,
      context,
      changes.newWishes,
      changes.newActions,
    );
    let directory: { before: unknown; after: unknown } | null = null;
    if (await this.effects.isLatestCompleted(scope, manager, record.employeeId, record.id)) {
      const entries = after.teachingTopicIds.map((competenceId) => ({
        competenceId,
        consent: after.teachingConsent,
      }));
      const previous = await this.effects.replaceDirectoryEntries(scope, manager, context, entries);
      directory = { before: previous, after: entries };
    }
    const subject = {
      employeeId: record.employeeId,
      municipalityId: record.municipalityId,
    };
    return {
      assessmentIds: assessments.map((row) => row.id),
      developmentItemIds: createdItems.map((row) => row.id),
      withdrawnDevelopmentItemIds: withdrawnItemIds,
      directory,
      auditEntries: [
        ...assessments.map((row) => ({
          ...subject,
          action: 'assessment.create',
          entityType: 'assessment',
          entityId: row.id,
          after: row,
          details: { appraisalId: record.id },
        })),
        ...(directory
          ? [
              {
                ...subject,
                action: 'teaching_directory.update',
                entityType: 'teaching_directory_entry',
                entityId: record.employeeId,
                before: directory.before,
                after: directory.after,
              },
            ]
          : []),
      ],
    };
  }

  private async lock(manager: EntityManager, actor: Actor, id: string): Promise<AppraisalRecord> {
    const [record] = await this.appraisals.findInScope(
      Scope.personalData(actor),
      [id],
      manager,
      true,
    );
    if (!record) throw appraisalNotFound();
    return record;
  }

  private async reload(manager: EntityManager, actor: Actor, id: string): Promise<AppraisalRecord> {
    const [record] = await this.appraisals.findInScope(Scope.personalData(actor), [id], manager);
    if (!record) throw new Error('Signed-off appraisal vanished');
    return record;
  }
}
