import { EVERY_ROLE, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/** The catalogue is regional: everyone reads it, the regional roles keep it. */
export const COMPETENCES_POLICY: PolicyRows = {
  competences: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  competence: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  competenceAreas: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  professions: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  createCompetence: {
    roles: [Role.REGIONAL_COORDINATOR, Role.REGION_ADMIN],
    data: 'ORGANISATION',
  },
  updateCompetence: {
    roles: [Role.REGIONAL_COORDINATOR, Role.REGION_ADMIN],
    data: 'ORGANISATION',
  },
};
