import type { AssignRoleInput, Role } from '@web/gql/graphql';

/** The roles in the order the role select offers them: closest to the employees first. */
export const ROLES: readonly Role[] = [
  'UNIT_LEADER',
  'MUNICIPALITY_HR',
  'REGIONAL_COORDINATOR',
  'BOARD_MEMBER',
  'REGION_ADMIN',
];

/** Where a role is held (DESIGN.md): a unit subtree, a municipality, or the whole region. */
export type RoleScopeKind = 'unit' | 'municipality' | 'region';

export function roleScopeKind(role: Role): RoleScopeKind {
  if (role === 'UNIT_LEADER') return 'unit';
  if (role === 'MUNICIPALITY_HR') return 'municipality';
  return 'region';
}

export const ASSIGN_ROLE_FIELDS = ['role', 'municipalityId', 'unitId'] as const;
export type AssignRoleField = (typeof ASSIGN_ROLE_FIELDS)[number];

export interface AssignRoleValues {
  role: Role | '';
  municipalityId: string;
  unitId: string;
}

export type AssignRoleMessageKey =
  | 'admin.assignRole.roleRequired'
  | 'admin.assignRole.municipalityRequired'
  | 'admin.assignRole.unitRequired';

/** Checks before sending: a role, and the scope that role needs. */
export function missingRoleFields(
  values: AssignRoleValues,
): Partial<Record<AssignRoleField, AssignRoleMessageKey>> {
  if (values.role === '') return { role: 'admin.assignRole.roleRequired' };
  const kind = roleScopeKind(values.role);
  if (kind === 'municipality' && !values.municipalityId) {
    return { municipalityId: 'admin.assignRole.municipalityRequired' };
  }
  if (kind === 'unit' && !values.unitId) return { unitId: 'admin.assignRole.unitRequired' };
  return {};
}

/**
 * The input for `assignRole`: only the scope the role is held in is sent (a
 * municipality chosen before switching to a regional role is left out).
 */
export function toAssignRoleInput(userId: string, values: AssignRoleValues): AssignRoleInput {
  if (values.role === '') throw new Error('A role must be chosen before it is assigned');
  const kind = roleScopeKind(values.role);
  return {
    userId,
    role: values.role,
    municipalityId: kind === 'municipality' ? values.municipalityId : null,
    unitId: kind === 'unit' ? values.unitId : null,
  };
}

interface HeldRole {
  role: Role;
  municipalityId?: string | null;
  unitId?: string | null;
}

/** The assignment an `assignRole` answer holds for what was asked (to name its scope). */
export function findAssignedRole<R extends HeldRole>(
  roles: readonly R[],
  input: AssignRoleInput,
): R | null {
  return (
    roles.find((held) => {
      if (held.role !== input.role) return false;
      if (input.unitId) return held.unitId === input.unitId;
      if (input.municipalityId) return held.municipalityId === input.municipalityId;
      return true;
    }) ?? null
  );
}
