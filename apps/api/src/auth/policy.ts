import { Role } from './roles';

const { UNIT_LEADER, MUNICIPALITY_HR, REGIONAL_COORDINATOR, BOARD_MEMBER, REGION_ADMIN } = Role;
const EVERY_ROLE = [UNIT_LEADER, MUNICIPALITY_HR, REGIONAL_COORDINATOR, BOARD_MEMBER, REGION_ADMIN];

/**
 * The one policy table: every GraphQL operation, who may call it, and what the
 * data it touches is. `PUBLIC` operations need no sign-in. Which rows a caller
 * then sees is decided by the scope where the data is read (scope.ts): a unit
 * leader may call `employees` but only ever gets their own units' people.
 *
 * A test walks the served schema and fails for any operation missing here,
 * and the policy tests are generated from this table.
 */
export type DataKind = 'PUBLIC' | 'ACCOUNT' | 'ORGANISATION' | 'PERSONAL' | 'AGGREGATE' | 'ADMIN';

export interface OperationPolicy {
  roles: Role[] | 'PUBLIC';
  data: DataKind;
}

export const POLICY: Record<string, OperationPolicy> = {
  // identity
  login: { roles: 'PUBLIC', data: 'PUBLIC' },
  logout: { roles: 'PUBLIC', data: 'PUBLIC' },
  me: { roles: EVERY_ROLE, data: 'ACCOUNT' },
  // organisation
  // the organisation chart (municipalities and unit names) is public information
  municipalities: { roles: 'PUBLIC', data: 'ORGANISATION' },
  addUnit: { roles: [MUNICIPALITY_HR, REGION_ADMIN], data: 'ORGANISATION' },
};

export function policyFor(operation: string): OperationPolicy | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY, operation) ? POLICY[operation] : undefined;
}
