import { EVERY_ROLE, PERSONAL_DATA_ROLES, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/**
 * Participants are personal data: HR signs up, sees and completes their municipality's people,
 * a unit leader their own units' (the scope is applied where the data is read). Everyone in
 * the region may see places and counts per municipality, without names (exact for the roles
 * that run measures, rounded for board members and region admins; docs/participation.md).
 */
export const PARTICIPATION_POLICY: PolicyRows = {
  measureParticipants: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  proposedParticipants: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  measureSignUps: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  signUpParticipants: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  withdrawParticipant: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  recordParticipantOutcomes: { roles: PERSONAL_DATA_ROLES, data: 'PERSONAL' },
  // counts and money, no names (rounded counts for board members)
  fundingReport: {
    roles: [Role.UNIT_LEADER, Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR, Role.BOARD_MEMBER],
    data: 'AGGREGATE',
  },
};
