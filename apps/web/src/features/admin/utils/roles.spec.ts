import {
  findAssignedRole,
  missingRoleFields,
  ROLES,
  roleScopeKind,
  toAssignRoleInput,
  type AssignRoleValues,
} from './roles';

const values = (overrides: Partial<AssignRoleValues>): AssignRoleValues => ({
  role: '',
  municipalityId: '',
  unitId: '',
  ...overrides,
});

describe('roleScopeKind', () => {
  it.each([
    ['UNIT_LEADER', 'unit'],
    ['MUNICIPALITY_HR', 'municipality'],
    ['REGIONAL_COORDINATOR', 'region'],
    ['BOARD_MEMBER', 'region'],
    ['REGION_ADMIN', 'region'],
  ] as const)('holds %s in a %s', (role, kind) => {
    expect(roleScopeKind(role)).toBe(kind);
  });

  it('offers every role once', () => {
    expect(new Set(ROLES).size).toBe(5);
  });
});

describe('missingRoleFields', () => {
  it('asks for a role first', () => {
    expect(missingRoleFields(values({}))).toEqual({ role: 'admin.assignRole.roleRequired' });
  });

  it('asks HR for a municipality and a leader for a unit', () => {
    expect(missingRoleFields(values({ role: 'MUNICIPALITY_HR', unitId: 'u1' }))).toEqual({
      municipalityId: 'admin.assignRole.municipalityRequired',
    });
    expect(missingRoleFields(values({ role: 'UNIT_LEADER', municipalityId: 'm1' }))).toEqual({
      unitId: 'admin.assignRole.unitRequired',
    });
  });

  it('needs nothing more for the regional roles', () => {
    expect(missingRoleFields(values({ role: 'BOARD_MEMBER' }))).toEqual({});
    expect(missingRoleFields(values({ role: 'MUNICIPALITY_HR', municipalityId: 'm1' }))).toEqual(
      {},
    );
  });
});

describe('toAssignRoleInput', () => {
  // A scope chosen before switching to another role must not be sent along.
  const chosen = { municipalityId: 'm1', unitId: 'u1' };

  it.each([
    ['MUNICIPALITY_HR', 'm1', null],
    ['UNIT_LEADER', null, 'u1'],
    ['REGIONAL_COORDINATOR', null, null],
    ['REGION_ADMIN', null, null],
  ] as const)('sends %s with only its own scope', (role, municipalityId, unitId) => {
    expect(toAssignRoleInput('user1', values({ role, ...chosen }))).toEqual({
      userId: 'user1',
      role,
      municipalityId,
      unitId,
    });
  });

  it('refuses to send without a role', () => {
    expect(() => toAssignRoleInput('user1', values({}))).toThrow();
  });
});

describe('findAssignedRole', () => {
  const roles = [
    { id: 'a', role: 'MUNICIPALITY_HR' as const, municipalityId: 'm1', unitId: null },
    { id: 'b', role: 'MUNICIPALITY_HR' as const, municipalityId: 'm2', unitId: null },
    { id: 'c', role: 'UNIT_LEADER' as const, municipalityId: 'm1', unitId: 'u1' },
    { id: 'd', role: 'BOARD_MEMBER' as const, municipalityId: null, unitId: null },
  ];

  it('finds the assignment that was asked for', () => {
    const find = (input: Parameters<typeof findAssignedRole>[1]) =>
      findAssignedRole(roles, input)?.id;
    expect(find({ userId: 'x', role: 'MUNICIPALITY_HR', municipalityId: 'm2' })).toBe('b');
    expect(find({ userId: 'x', role: 'UNIT_LEADER', unitId: 'u1' })).toBe('c');
    expect(find({ userId: 'x', role: 'BOARD_MEMBER' })).toBe('d');
    expect(find({ userId: 'x', role: 'UNIT_LEADER', unitId: 'u2' })).toBeUndefined();
  });
});
