import { Injectable } from '@nestjs/common';
import { AppraisalsLoaderFactory } from '../appraisals/appraisals.loaders';
import { CompetencesLoaderFactory } from '../competences/competences.loaders';
import { EmployeesLoaderFactory } from '../employees/employees.loaders';
import { OrganisationLoaderFactory } from '../organisation/organisation.loaders';
import { PlansLoaderFactory } from '../plans/plans.loaders';
import { RequirementsLoaderFactory } from '../requirements/requirements.loaders';
import type { Loaders } from './context';
import type { Scope } from '../auth/scope';

/** Creates every feature's DataLoaders for one request. */
@Injectable()
export class LoaderRegistry {
  constructor(
    private readonly organisation: OrganisationLoaderFactory,
    private readonly employees: EmployeesLoaderFactory,
    private readonly competences: CompetencesLoaderFactory,
    private readonly requirements: RequirementsLoaderFactory,
    private readonly appraisals: AppraisalsLoaderFactory,
    private readonly plans: PlansLoaderFactory,
  ) {}

  /**
   * Loaders that read personal data take the request's scope and put it into their SQL, so a
   * field resolver cannot reach past what the root field was allowed to show.
   */
  create(scope: Scope): Loaders {
    return {
      organisation: this.organisation.create(),
      employees: this.employees.create(scope),
      competences: this.competences.create(),
      requirements: this.requirements.create(),
      appraisals: this.appraisals.create(scope),
      plans: this.plans.create(scope),
    };
  }
}
