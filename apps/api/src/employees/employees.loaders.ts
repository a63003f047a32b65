import { Injectable } from '@nestjs/common';
import type { Scope } from '../auth/scope';
import DataLoader from 'dataloader';
import { groupBy } from '../common/group-by';
import { AssessmentRow, AssessmentsRepository } from './assessments.repository';
import { toCompetenceStatuses, toQualification } from './employee.mapper';
import type { CompetenceStatus } from './models/competence-status.model';
import type { Qualification } from './models/qualification.model';
import { QualificationsRepository } from './qualifications.repository';
import { todayInNorway } from '@kp/domain';

/**
 * Keyed by employee id. Employees reach these loaders through reads already limited to the
 * caller's scope; the loaders put the request's scope into their SQL as well, so a field can
 * never show more than the root field was allowed to.
 */
export interface EmployeesLoaders {
  /** Full history in recorded order (oldest first). */
  assessmentsByEmployee: DataLoader<string, AssessmentRow[]>;
  /** Realkompetanse today, computed from the same history (no second read). */
  competencesByEmployee: DataLoader<string, CompetenceStatus[]>;
  qualificationsByEmployee: DataLoader<string, Qualification[]>;
}

/** DataLoaders for this feature, created fresh for every request. */
@Injectable()
export class EmployeesLoaderFactory {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly qualifications: QualificationsRepository,
  ) {}

  create(scope: Scope): EmployeesLoaders {
    const assessmentsByEmployee = new DataLoader<string, AssessmentRow[]>(async (ids) => {
      const byEmployee = groupBy(
        await this.assessments.findByEmployeeIds(scope, ids),
        (row) => row.employeeId,
      );
      return ids.map((id) => byEmployee.get(id) ?? []);
    });
    return {
      assessmentsByEmployee,
      competencesByEmployee: new DataLoader(async (ids) => {
        const today = todayInNorway();
        const histories = await assessmentsByEmployee.loadMany(ids);
        return histories.map((rows) =>
          rows instanceof Error ? rows : toCompetenceStatuses(rows, today),
        );
      }),
      qualificationsByEmployee: new DataLoader(async (ids) => {
        const byEmployee = groupBy(
          await this.qualifications.findByEmployeeIds(scope, ids),
          (row) => row.employeeId,
        );
        return ids.map((id) => (byEmployee.get(id) ?? []).map(toQualification));
      }),
    };
  }
}
