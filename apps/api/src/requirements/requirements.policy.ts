import { EVERY_ROLE, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/**
 * Requirements describe units, not people: every signed-in role reads them. Changes are
 * scoped in the service: unit leaders in their units, HR in their municipality, the regional
 * coordinator anywhere in the region (the common baseline and templates).
 */
const WRITERS = [Role.UNIT_LEADER, Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR];

export const REQUIREMENTS_POLICY: PolicyRows = {
  requirements: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  requirement: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  staffingRequirements: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  createRequirement: { roles: WRITERS, data: 'ORGANISATION' },
  updateRequirement: { roles: WRITERS, data: 'ORGANISATION' },
  deleteRequirement: { roles: WRITERS, data: 'ORGANISATION' },
  createStaffingRequirement: { roles: WRITERS, data: 'ORGANISATION' },
  updateStaffingRequirement: { roles: WRITERS, data: 'ORGANISATION' },
  deleteStaffingRequirement: { roles: WRITERS, data: 'ORGANISATION' },
  copyRequirements: { roles: WRITERS, data: 'ORGANISATION' },
};
