import { EVERY_ROLE, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

export const ADMIN_POLICY: PolicyRows = {
  users: { roles: [Role.REGION_ADMIN], data: 'ADMIN' },
  createUser: { roles: [Role.REGION_ADMIN], data: 'ADMIN' },
  updateUser: { roles: [Role.REGION_ADMIN], data: 'ADMIN' },
  assignRole: { roles: [Role.REGION_ADMIN], data: 'ADMIN' },
  removeRole: { roles: [Role.REGION_ADMIN], data: 'ADMIN' },
  // every signed-in user may read k and the retirement age the figures are built on
  regionSettings: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  updateRegionSettings: { roles: [Role.REGION_ADMIN], data: 'ADMIN' },
};
