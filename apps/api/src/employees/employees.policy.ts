import { PERSONAL_DATA_ROLES, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/**
 * Personal data: unit leaders (their unit subtree) and HR (their municipality); which rows
 * each sees is decided in the repositories' SQL. Employee records and formal qualifications
 * are HR's; assessments are also the leader's.
 */
export const EMPLOYEES_POLICY: PolicyRows = {
  employees: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  employee: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  createEmployee: { roles: [Role.MUNICIPALITY_HR], data: 'PERSONAL' },
  updateEmployee: { roles: [Role.MUNICIPALITY_HR], data: 'PERSONAL' },
  addQualification: { roles: [Role.MUNICIPALITY_HR], data: 'PERSONAL' },
  recordAssessment: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  confirmAssessment: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
};
