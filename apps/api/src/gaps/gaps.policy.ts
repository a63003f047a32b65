import { EVERY_ROLE, PERSONAL_DATA_ROLES, PolicyRows } from '../auth/policy-types';

/**
 * Aggregates are open to every signed-in role; small groups are hidden in the service for
 * callers without personal-data access to what a figure describes. The people behind a
 * figure are personal data: unit leaders and HR only, in their own scope.
 */
export const GAPS_POLICY: PolicyRows = {
  gapAnalysis: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  gapHeatmap: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  mobilisationOptions: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  retirementWave: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  expiringCertificates: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  staffingGaps: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  gapHolders: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
};
