import type { Request, Response } from 'express';
import type { RequestAuth } from '../auth/request-auth';
import type { OrganisationLoaders } from '../organisation/organisation.loaders';

/** Per-request DataLoaders, one group per feature. */
export interface Loaders {
  organisation: OrganisationLoaders;
}

export interface GraphQLContext {
  req: Request;
  res: Response;
  auth: RequestAuth;
  loaders: Loaders;
}
