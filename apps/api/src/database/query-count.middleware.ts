import type { NextFunction, Request, Response } from 'express';
import { countQueries } from './query-counter';

/** Opens a statement counter for the whole GraphQL request (see queryCountPlugin). */
export function countQueriesMiddleware(_req: Request, _res: Response, next: NextFunction): void {
  countQueries(() => next());
}
