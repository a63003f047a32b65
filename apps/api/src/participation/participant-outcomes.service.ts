import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { completionEffects, outcomeChanges, todayInNorway, type IsoDate } from '@kp/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { rejectIfAny, UserError } from '../common/errors/user-error';
import { AssessmentsRepository, type AssessmentRow } from '../employees/assessments.repository';
import { AssessmentSource, QualificationKind } from '../employees/employee.rows';
import { QualificationsRepository } from '../employees/qualifications.repository';
import type { RecordParticipantOutcomesInput } from './dto/participation.input';
import type { ParticipantOutcomesResult } from './models/participation.model';
import { auditableParticipant } from './participation.service';
import { ParticipationRepository } from './participation.repository';
import {
  type MeasureForParticipation,
  type MeasureTargetRow,
  type ParticipantRow,
  ParticipantStatus,
} from './participation.rows';

/** Each competence's newest informal level still valid on the day (what a new entry replaces). */
function informalLevels(history: readonly AssessmentRow[], on: IsoDate): Map<string, number> {
  const levels = new Map<string, number>();
  // recorded order: a later row is newer
  for (const row of history) {
    if (row.source !== AssessmentSource.INFORMAL || row.assessedOn > on) continue;
    if (row.validUntil !== null && row.validUntil < on) levels.delete(row.competenceId);
    else levels.set(row.competenceId, row.level);
  }
  return levels;
}

/**
 * Completion documents competence (docs/participation.md, "Completion"): in one transaction the
 * outcomes are recorded and, for each participant newly completed, the measure's targets are
 * added to their history through the people module's repositories (a qualification with FORMAL
 * assessments for a measure that awards a certificate, INFORMAL assessments otherwise). The
 * data-version triggers move the gap figures at commit.
 */
@Injectable()
export class ParticipantOutcomesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ParticipationRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly qualifications: QualificationsRepository,
    private readonly audit: AuditService,
  ) {}

  async record(
    actor: Actor,
    input: RecordParticipantOutcomesInput,
  ): Promise<ParticipantOutcomesResult> {
    const scope = Scope.personalData(actor);
    return this.db.transaction(async (manager) => {
      // the same lock as sign-up: a completion and a withdrawal cannot cross
      const measure = await this.repository.findMeasure(
        actor.regionId,
        input.measureId,
        manager,
        true,
      );
      if (!measure) throw UserError.notFound('tiltaket');
      const ids = input.outcomes.map((o) => o.participantId);
      const found = new Map(
        (await this.repository.participants(scope, measure.id, manager, ids, true)).map((row) => [
          row.id,
          row,
        ]),
      );
      const { problems, changes } = outcomeChanges(
        measure,
        input.outcomes.map((o) => ({
          participantId: o.participantId,
          completed: o.completed,
          participant: found.get(o.participantId) ?? null,
        })),
        input.completedOn,
        todayInNorway(),
      );
      rejectIfAny(problems);

      const pick = (change: string) =>
        input.outcomes.flatMap((o, i) =>
          changes[i] === change ? [found.get(o.participantId)!] : [],
        );
      const completing = pick('COMPLETE');
      const notCompleting = pick('NOT_COMPLETE');
      const documented = await this.document(actor, scope, manager, measure, completing, input);

      await this.repository.setOutcome(
        scope,
        manager,
        completing.map((row) => row.id),
        ParticipantStatus.COMPLETED,
        input.completedOn,
        actor.userId,
      );
      await this.repository.setOutcome(
        scope,
        manager,
        notCompleting.map((row) => row.id),
        ParticipantStatus.NOT_COMPLETED,
        input.completedOn,
        actor.userId,
      );
      const items = (rows: ParticipantRow[]) =>
        rows.flatMap((row) => (row.developmentItemId ? [row.developmentItemId] : []));
      await this.repository.setDevelopmentItems(scope, manager, items(completing), 'DONE', [
        'OPEN',
        'IN_PROGRESS',
      ]);
      await this.repository.setDevelopmentItems(scope, manager, items(notCompleting), 'OPEN', [
        'IN_PROGRESS',
      ]);

      const changed = [...completing, ...notCompleting];
      const after = new Map(
        (
          await this.repository.participants(
            scope,
            measure.id,
            manager,
            changed.map((row) => row.id),
          )
        ).map((row) => [row.id, row]),
      );
      await this.audit.change(manager, actor, [
        ...changed.map((before) => {
          const now = after.get(before.id)!;
          return {
            action:
              now.status === ParticipantStatus.COMPLETED
                ? 'measure_participant.complete'
                : 'measure_participant.not_complete',
            entityType: 'measure_participant',
            entityId: now.id,
            employeeId: now.employeeId,
            municipalityId: now.municipalityId,
            before: auditableParticipant(before),
            after: auditableParticipant(now),
            details: documented.byParticipant.get(now.id),
          };
        }),
      ]);
      const participants = await this.repository.participants(scope, measure.id, manager, ids);
      return {
        participants,
        completed: completing.length,
        notCompleted: notCompleting.length,
        unchanged: changes.filter((change) => change === 'UNCHANGED').length,
        assessmentsAdded: documented.assessments,
        qualificationsAdded: documented.qualifications,
      };
    });
  }

  /** Adds the competence of the measure's targets to each completing participant's history. */
  private async document(
    actor: Actor,
    scope: Scope,
    manager: EntityManager,
    measure: MeasureForParticipation,
    completing: readonly ParticipantRow[],
    input: RecordParticipantOutcomesInput,
  ) {
    const byParticipant = new Map<
      string,
      { qualificationId: string | null; assessmentIds: string[] }
    >();
    let assessments = 0;
    let qualifications = 0;
    if (completing.length === 0) return { byParticipant, assessments, qualifications };
    const targets: MeasureTargetRow[] = await this.repository.targets(measure.id, manager);
    const histories = await this.assessments.findByEmployeeIds(
      scope,
      completing.map((row) => row.employeeId),
    );
    for (const participant of completing) {
      const effects = completionEffects(
        measure,
        targets,
        input.completedOn,
        informalLevels(
          histories.filter((row) => row.employeeId === participant.employeeId),
          input.completedOn,
        ),
      );
      let qualificationId: string | null = null;
      if (effects.qualification) {
        qualificationId = await this.qualifications.insert(scope, manager, {
          regionId: measure.regionId,
          employeeId: participant.employeeId,
          kind: QualificationKind[effects.qualification.kind],
          title: effects.qualification.title,
          issuer: effects.qualification.issuer,
          obtainedOn: effects.qualification.obtainedOn,
          expiresOn: effects.qualification.expiresOn,
          createdBy: actor.userId,
          sourceRef: effects.qualification.sourceRef,
        });
        qualifications += 1;
      }
      const added = await this.assessments.insert(
        scope,
        manager,
        effects.assessments.map((a) => ({
          regionId: measure.regionId,
          employeeId: participant.employeeId,
          competenceId: a.competenceId,
          level: a.level,
          source: AssessmentSource[a.source],
          evidence: a.evidence,
          qualificationId,
          assessedOn: input.completedOn,
          validUntil: a.validUntil,
          assessedBy: actor.userId,
        })),
      );
      assessments += added.length;
      byParticipant.set(participant.id, {
        qualificationId,
        assessmentIds: added.map((row) => row.id),
      });
    }
    return { byParticipant, assessments, qualifications };
  }
}
