import type { PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

export const AUDIT_POLICY: PolicyRows = {
  auditLog: { roles: [Role.REGION_ADMIN, Role.MUNICIPALITY_HR], data: 'ADMIN' },
};
