import { Injectable } from '@nestjs/common';
import { AppraisalsLoaderFactory } from '../appraisals/appraisals.loaders';
import { CompetencesLoaderFactory } from '../competences/competences.loaders';
import { EmployeesLoaderFactory } from '../employees/employees.loaders';
import { OrganisationLoaderFactory } from '../organisation/organisation.loaders';
import { RequirementsLoaderFactory } from '../requirements/requirements.loaders';
import type { Loaders } from './context';

/** Creates every feature's DataLoaders for one request. */
@Injectable()
export class LoaderRegistry {
  constructor(
    private readonly organisation: OrganisationLoaderFactory,
    private readonly employees: EmployeesLoaderFactory,
    private readonly competences: CompetencesLoaderFactory,
    private readonly requirements: RequirementsLoaderFactory,
    private readonly appraisals: AppraisalsLoaderFactory,
  ) {}

  create(): Loaders {
    return {
      organisation: this.organisation.create(),
      employees: this.employees.create(),
      competences: this.competences.create(),
      requirements: this.requirements.create(),
      appraisals: this.appraisals.create(),
    };
  }
}
