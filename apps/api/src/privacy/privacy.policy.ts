import type { PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

export const PRIVACY_POLICY: PolicyRows = {
  exportEmployeeData: { roles: [Role.MUNICIPALITY_HR], data: 'PERSONAL' },
  eraseEmployee: { roles: [Role.MUNICIPALITY_HR], data: 'PERSONAL' },
};
