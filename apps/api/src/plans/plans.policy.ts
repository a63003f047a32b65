import { EVERY_ROLE, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/**
 * Plans and measures describe what the region does, not people: every signed-in role reads
 * them (names of people only for the planning roles, see plan-access.ts). Changes are scoped
 * in the service: the regional coordinator the region's programme, HR their municipality's
 * plans, a unit leader their units' plans.
 */
const PLANNERS = [Role.UNIT_LEADER, Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR];

export const PLANS_POLICY: PolicyRows = {
  actionPlans: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  actionPlan: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  measures: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  measure: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  createActionPlan: { roles: PLANNERS, data: 'ORGANISATION' },
  updateActionPlan: { roles: PLANNERS, data: 'ORGANISATION' },
  adoptActionPlan: { roles: PLANNERS, data: 'ORGANISATION' },
  closeActionPlan: { roles: PLANNERS, data: 'ORGANISATION' },
  reopenActionPlan: { roles: PLANNERS, data: 'ORGANISATION' },
  deleteActionPlan: { roles: PLANNERS, data: 'ORGANISATION' },
  createMeasure: { roles: PLANNERS, data: 'ORGANISATION' },
  updateMeasure: { roles: PLANNERS, data: 'ORGANISATION' },
  changeMeasureStatus: { roles: PLANNERS, data: 'ORGANISATION' },
  deleteMeasure: { roles: PLANNERS, data: 'ORGANISATION' },
  measureDraftFromGap: { roles: PLANNERS, data: 'ORGANISATION' },
  measureDraftFromMobilisation: { roles: PLANNERS, data: 'ORGANISATION' },
  measureDraftFromExpiringCertificates: { roles: PLANNERS, data: 'AGGREGATE' },
};
