import { Injectable } from '@nestjs/common';
import { CompetencesLoaderFactory } from '../competences/competences.loaders';
import { EmployeesLoaderFactory } from '../employees/employees.loaders';
import { OrganisationLoaderFactory } from '../organisation/organisation.loaders';
import type { Loaders } from './context';

/** Creates every feature's DataLoaders for one request. */
@Injectable()
export class LoaderRegistry {
  constructor(
    private readonly organisation: OrganisationLoaderFactory,
    private readonly employees: EmployeesLoaderFactory,
    private readonly competences: CompetencesLoaderFactory,
  ) {}

  create(): Loaders {
    return {
      organisation: this.organisation.create(),
      employees: this.employees.create(),
      competences: this.competences.create(),
    };
  }
}
