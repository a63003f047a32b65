import { Role } from './roles';

/**
 * What an operation touches:
 * - PUBLIC: nothing private (sign-in, the public organisation chart)
 * - ACCOUNT: the caller's own account
 * - ORGANISATION: the structure of the region (units, catalogue, settings)
 * - PERSONAL: personal data about employees (scoped, audited)
 * - AGGREGATE: figures about groups (small groups suppressed)
 * - ADMIN: users, roles and the audit log
 */
export type DataKind = 'PUBLIC' | 'ACCOUNT' | 'ORGANISATION' | 'PERSONAL' | 'AGGREGATE' | 'ADMIN';

export interface OperationPolicy {
  roles: Role[] | 'PUBLIC';
  data: DataKind;
}

export type PolicyRows = Record<string, OperationPolicy>;

export const EVERY_ROLE: Role[] = [
  Role.UNIT_LEADER,
  Role.MUNICIPALITY_HR,
  Role.REGIONAL_COORDINATOR,
  Role.BOARD_MEMBER,
  Role.REGION_ADMIN,
];

/** Roles that may see personal data (each in its own scope). */
export const PERSONAL_DATA_ROLES: Role[] = [Role.UNIT_LEADER, Role.MUNICIPALITY_HR];
