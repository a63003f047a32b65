import { Role } from '../auth/roles';
import { EVERY_ROLE, PolicyRows } from '../auth/policy-types';

/** Who may import KOSTRA figures: the region's coordinator and administrator. */
export const KOSTRA_IMPORT_ROLES: Role[] = [Role.REGIONAL_COORDINATOR, Role.REGION_ADMIN];

/**
 * KOSTRA figures are published statistics, and the own figure an aggregate (hidden below the
 * region's smallest group): every role of the region sees them, board members included.
 * Importing (here and at POST /api/kostra/import) is the coordinator's and the administrator's.
 */
export const KOSTRA_POLICY: PolicyRows = {
  kostraIndicators: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  kostraComparison: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  kostraOwnFigure: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  kostraImports: { roles: KOSTRA_IMPORT_ROLES, data: 'ORGANISATION' },
  fetchKostraFromSsb: { roles: KOSTRA_IMPORT_ROLES, data: 'ORGANISATION' },
};
