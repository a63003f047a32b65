import { Injectable } from '@nestjs/common';
import type { Scope } from '../auth/scope';
import DataLoader from 'dataloader';
import { groupBy } from '../common/group-by';
import { toEmployee } from '../employees/employee.mapper';
import { EmployeesRepository } from '../employees/employees.repository';
import type { Employee } from '../employees/models/employee.model';
import { todayInNorway } from '@kp/domain';
import { AppraisalCyclesRepository } from './appraisal-cycles.repository';
import { toAmendment, toCycle, toDevelopmentItem } from './appraisal.mapper';
import { AppraisalsRepository } from './appraisals.repository';
import type { AppraisalCycle } from './models/appraisal-cycle.model';
import type { AppraisalAmendment } from './models/appraisal.model';
import type { DevelopmentItem } from './models/development-item.model';

/**
 * Keyed by ids taken from rows already limited to the caller's scope; the loaders that read
 * personal data put the request's scope into their SQL as well.
 */
export interface AppraisalsLoaders {
  employeeById: DataLoader<string, Employee | null>;
  cycleById: DataLoader<string, AppraisalCycle | null>;
  amendmentsByAppraisal: DataLoader<string, AppraisalAmendment[]>;
  developmentItemsByAppraisal: DataLoader<string, DevelopmentItem[]>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): Array<T | null> {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** DataLoaders for this feature, created fresh for every request. */
@Injectable()
export class AppraisalsLoaderFactory {
  constructor(
    private readonly appraisals: AppraisalsRepository,
    private readonly cycles: AppraisalCyclesRepository,
    private readonly employees: EmployeesRepository,
  ) {}

  create(scope: Scope): AppraisalsLoaders {
    return {
      employeeById: new DataLoader(async (ids) =>
        byId(ids, (await this.employees.findByIds(scope, ids)).map(toEmployee)),
      ),
      cycleById: new DataLoader(async (ids) => {
        const today = todayInNorway();
        return byId(
          ids,
          (await this.cycles.findManyByIds(ids)).map((row) => toCycle(row, today)),
        );
      }),
      amendmentsByAppraisal: new DataLoader(async (ids) => {
        const grouped = groupBy(
          await this.appraisals.findAmendmentsByAppraisalIds(scope, ids),
          (row) => row.appraisalId,
        );
        return ids.map((id) => (grouped.get(id) ?? []).map(toAmendment));
      }),
      developmentItemsByAppraisal: new DataLoader(async (ids) => {
        const grouped = groupBy(
          await this.appraisals.findDevelopmentItemsByAppraisalIds(scope, ids),
          (row) => row.appraisalId,
        );
        return ids.map((id) => (grouped.get(id) ?? []).map(toDevelopmentItem));
      }),
    };
  }
}
