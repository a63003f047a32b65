import type { PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/**
 * Imports are HR's, in their own municipality. The uploads themselves are REST routes
 * (docs/imports.md, "Routes"); these are the GraphQL operations around them.
 */
export const IMPORTS_POLICY: PolicyRows = {
  importColumns: { roles: [Role.MUNICIPALITY_HR], data: 'ORGANISATION' },
  importRuns: { roles: [Role.MUNICIPALITY_HR], data: 'PERSONAL' },
  undoImportRun: { roles: [Role.MUNICIPALITY_HR], data: 'PERSONAL' },
};
