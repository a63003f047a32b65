import type { Request, Response } from 'express';
import type { AppraisalsLoaders } from '../appraisals/appraisals.loaders';
import type { RequestAuth } from '../auth/request-auth';
import type { CompetencesLoaders } from '../competences/competences.loaders';
import type { EmployeesLoaders } from '../employees/employees.loaders';
import type { OrganisationLoaders } from '../organisation/organisation.loaders';
import type { PlansLoaders } from '../plans/plans.loaders';
import type { RequirementsLoaders } from '../requirements/requirements.loaders';

/** Per-request DataLoaders, one group per feature. */
export interface Loaders {
  organisation: OrganisationLoaders;
  employees: EmployeesLoaders;
  competences: CompetencesLoaders;
  requirements: RequirementsLoaders;
  appraisals: AppraisalsLoaders;
  plans: PlansLoaders;
}

export interface GraphQLContext {
  req: Request;
  res: Response;
  auth: RequestAuth;
  loaders: Loaders;
}
