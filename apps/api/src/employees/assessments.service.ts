import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { competenceLevelProblems, dateProblem, todayInNorway } from '@kp/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError, rejectIfAny } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import { CompetencesRepository } from '../competences/competences.repository';
import { AssessmentSource } from './employee.rows';
import { AssessmentsRepository } from './assessments.repository';
import type { RecordAssessmentInput } from './dto/record-assessment.input';
import { toAssessment } from './employee.mapper';
import { EmployeesRepository } from './employees.repository';
import type { Assessment } from './models/assessment.model';

/** The append-only history: new entries, and a leader's confirmation of a self-declaration. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employees: EmployeesRepository,
    private readonly competences: CompetencesRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /** An attempt on someone outside the caller's scope is audited (after the transaction). */
  record(actor: Actor, input: RecordAssessmentInput): Promise<Assessment> {
    const target = { kind: 'employee' as const, id: input.employeeId };
    return this.audit.watchScope(actor, target, 'recordAssessment', () =>
      this.recordInScope(actor, input),
    );
  }

  private async recordInScope(actor: Actor, input: RecordAssessmentInput): Promise<Assessment> {
    const today = todayInNorway();
    const scope = Scope.personalData(actor);
    return this.db.transaction(async (manager) => {
      const employee = await this.employees.findInScope(scope, input.employeeId, manager);
      if (!employee) throw UserError.notFound('den ansatte');

      const problems: FieldProblem[] = [];
      if (input.source === AssessmentSource.FORMAL) {
        problems.push({
          field: 'source',
          code: 'FORMAL_NEEDS_QUALIFICATION',
          message:
            'Formell kompetanse registreres som en kvalifikasjon (utdanning, sertifikat eller kurs)',
        });
      }
      const [competence] = await this.competences.findInRegion(
        actor.regionId,
        [input.competenceId],
        manager,
      );
      problems.push(
        ...competenceLevelProblems(competence, input.level, {
          competenceId: 'competenceId',
          level: 'level',
        }),
      );
      const assessedOn = input.assessedOn ?? today;
      const dated = dateProblem('Vurderingsdato', assessedOn, 'assessmentDate', today);
      if (dated) problems.push({ field: 'assessedOn', ...dated });
      if (input.validUntil && input.validUntil < assessedOn) {
        problems.push({
          field: 'validUntil',
          code: 'BEFORE_ASSESSED',
          message: 'Gyldig til kan ikke være før vurderingsdatoen',
        });
      }
      rejectIfAny(problems);

      const [row] = await this.assessments.insert(scope, manager, [
        {
          regionId: employee.regionId,
          employeeId: employee.id,
          competenceId: input.competenceId,
          level: input.level,
          source: input.source,
          evidence: input.evidence ?? '',
          qualificationId: null,
          assessedOn,
          validUntil: input.validUntil ?? null,
          assessedBy: actor.userId,
        },
      ]);
      await this.audit.change(manager, actor, [
        {
          action: 'assessment.create',
          entityType: 'assessment',
          entityId: row.id,
          employeeId: employee.id,
          municipalityId: employee.municipalityId,
          after: row,
        },
      ]);
      return toAssessment(row);
    });
  }

  /** A leader vouches for a self-declared level, so it starts to count. */
  confirm(actor: Actor, id: string): Promise<Assessment> {
    return this.audit.watchScope(actor, { kind: 'assessment', id }, 'confirmAssessment', () =>
      this.confirmInScope(actor, id),
    );
  }

  private async confirmInScope(actor: Actor, id: string): Promise<Assessment> {
    if (!isUUID(id, 'all')) throw UserError.notFound('vurderingen');
    return this.db.transaction(async (manager) => {
      const scope = Scope.personalData(actor);
      const current = await this.assessments.findInScope(scope, id, manager);
      if (!current) throw UserError.notFound('vurderingen');
      if (current.source !== AssessmentSource.SELF_DECLARED) {
        throw UserError.field('id', 'NOT_SELF_DECLARED', 'Bare egenerklærte nivåer kan bekreftes');
      }
      if (current.confirmedAt !== null) {
        throw UserError.field('id', 'ALREADY_CONFIRMED', 'Egenerklæringen er allerede bekreftet');
      }
      const row = await this.assessments.confirm(scope, manager, id, actor.userId);
      if (!row) throw new Error('Locked assessment could not be confirmed');
      const { municipalityId, ...before } = current;
      await this.audit.change(manager, actor, [
        {
          action: 'assessment.confirm',
          entityType: 'assessment',
          entityId: row.id,
          employeeId: row.employeeId,
          municipalityId,
          before,
          after: row,
        },
      ]);
      return toAssessment(row);
    });
  }
}
