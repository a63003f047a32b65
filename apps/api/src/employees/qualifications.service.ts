import { Scope } from '../auth/scope';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addMonths,
  competenceLevelProblems,
  dateProblem,
  type IsoDate,
  todayInNorway,
} from '@kp/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { UserError, rejectIfAny } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import type { CompetenceRow } from '../competences/competence.rows';
import { CompetencesRepository } from '../competences/competences.repository';
import { AssessmentSource } from './employee.rows';
import { AssessmentsRepository } from './assessments.repository';
import type { AddQualificationInput } from './dto/add-qualification.input';
import { toQualification } from './employee.mapper';
import { EmployeesRepository } from './employees.repository';
import type { Qualification } from './models/qualification.model';
import { QualificationsRepository } from './qualifications.repository';

/**
 * The default expiry: obtainedOn plus the shortest validity among the mapped competences
 * that have one (a qualification documenting HLR lasts as long as HLR does). The result is
 * the last day it counts; a 12-month certificate taken 15 March counts until 15 March.
 */
export function defaultExpiry(
  obtainedOn: IsoDate,
  competences: readonly Pick<CompetenceRow, 'validityMonths'>[],
): IsoDate | null {
  const months = competences
    .map((competence) => competence.validityMonths)
    .filter((value): value is number => value !== null);
  return months.length > 0 ? addMonths(obtainedOn, Math.min(...months)) : null;
}

@Injectable()
export class QualificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employees: EmployeesRepository,
    private readonly competences: CompetencesRepository,
    private readonly qualifications: QualificationsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The qualification and one FORMAL assessment per mapped competence, in one transaction. An
   * attempt on someone outside the caller's scope is audited (after the transaction).
   */
  add(actor: Actor, input: AddQualificationInput): Promise<Qualification> {
    const target = { kind: 'employee' as const, id: input.employeeId };
    return this.audit.watchScope(actor, target, 'addQualification', () =>
      this.addInScope(actor, input),
    );
  }

  private async addInScope(actor: Actor, input: AddQualificationInput): Promise<Qualification> {
    const today = todayInNorway();
    const scope = Scope.hr(actor);
    return this.db.transaction(async (manager) => {
      const employee = await this.employees.findInScope(scope, input.employeeId, manager, true);
      if (!employee) throw UserError.notFound('den ansatte');

      const problems: FieldProblem[] = [];
      const obtained = dateProblem(
        'Dato oppnådd',
        input.obtainedOn,
        'qualificationObtained',
        today,
      );
      if (obtained) problems.push({ field: 'obtainedOn', ...obtained });
      if (input.expiresOn && input.expiresOn < input.obtainedOn) {
        problems.push({
          field: 'expiresOn',
          code: 'BEFORE_OBTAINED',
          message: 'Utløpsdato kan ikke være før datoen den ble oppnådd',
        });
      }
      const ids = input.competences.map((mapping) => mapping.competenceId);
      if (new Set(ids).size !== ids.length) {
        problems.push({
          field: 'competences',
          code: 'DUPLICATE_COMPETENCE',
          message: 'Samme kompetanse er oppgitt flere ganger',
        });
      }
      const catalogue = new Map(
        (await this.competences.findInRegion(actor.regionId, ids, manager)).map((row) => [
          row.id,
          row,
        ]),
      );
      input.competences.forEach((mapping, index) =>
        problems.push(
          ...competenceLevelProblems(catalogue.get(mapping.competenceId), mapping.level, {
            competenceId: `competences.${index}.competenceId`,
            level: `competences.${index}.level`,
          }),
        ),
      );
      rejectIfAny(problems);

      const expiresOn = input.expiresOn ?? defaultExpiry(input.obtainedOn, [...catalogue.values()]);
      const id = await this.qualifications.insert(scope, manager, {
        regionId: employee.regionId,
        employeeId: employee.id,
        kind: input.kind,
        title: input.title,
        issuer: input.issuer || null,
        obtainedOn: input.obtainedOn,
        expiresOn,
        createdBy: actor.userId,
      });
      const formal = await this.assessments.insert(
        scope,
        manager,
        input.competences.map((mapping) => ({
          regionId: employee.regionId,
          employeeId: employee.id,
          competenceId: mapping.competenceId,
          level: mapping.level,
          source: AssessmentSource.FORMAL,
          evidence: input.title,
          qualificationId: id,
          assessedOn: input.obtainedOn,
          validUntil: expiresOn,
          assessedBy: actor.userId,
        })),
      );
      const saved = await this.qualifications.findById(scope, manager, id);
      if (!saved) throw new Error('Inserted qualification vanished');
      await this.audit.change(manager, actor, [
        {
          action: 'qualification.create',
          entityType: 'qualification',
          entityId: id,
          employeeId: employee.id,
          municipalityId: employee.municipalityId,
          after: { qualification: saved, assessments: formal },
        },
      ]);
      return toQualification(saved);
    });
  }
}
