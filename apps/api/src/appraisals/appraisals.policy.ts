import { EVERY_ROLE, PERSONAL_DATA_ROLES, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/**
 * Appraisal records are personal data: the employee's leaders and HR in the municipality
 * (which rows, decided in the SQL). Cycles are organisational facts anyone may read; HR keeps
 * them. Figures go to the planning roles, with small groups hidden where the caller has no
 * personal-data access. The directory of people who can teach is for those who arrange
 * teaching: leaders, HR and the regional coordinator.
 */
export const APPRAISALS_POLICY: PolicyRows = {
  appraisalCycles: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  createAppraisalCycle: { roles: [Role.MUNICIPALITY_HR], data: 'ORGANISATION' },
  updateAppraisalCycle: { roles: [Role.MUNICIPALITY_HR], data: 'ORGANISATION' },
  appraisalProgress: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  appraisal: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  appraisals: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  appraisalDraft: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  appraisalSummary: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  saveAppraisalDraft: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  completeAppraisal: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  amendAppraisal: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  discardAppraisalDraft: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  appraisalStatistics: {
    roles: [Role.UNIT_LEADER, Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR, Role.BOARD_MEMBER],
    data: 'AGGREGATE',
  },
  teachingDirectory: {
    roles: [Role.UNIT_LEADER, Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR],
    data: 'PERSONAL',
  },
};
