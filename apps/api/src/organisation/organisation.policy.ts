import type { PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

export const ORGANISATION_POLICY: PolicyRows = {
  // the organisation chart (municipalities and unit names) is public information
  municipalities: { roles: 'PUBLIC', data: 'ORGANISATION' },
  addUnit: { roles: [Role.MUNICIPALITY_HR, Role.REGION_ADMIN], data: 'ORGANISATION' },
};
