import type { Role } from '@web/gql/graphql';
import {
  can,
  canAddUnitsIn,
  hrMunicipalityIds,
  isHrFor,
  personalDataScope,
  type Capability,
  type CurrentUser,
} from './access';

function user(...roles: Array<[Role, string | null, string | null]>): CurrentUser {
  return {
    id: 'u',
    email: 'x@reks.demo',
    name: 'X',
    regionId: 'r',
    roles: roles.map(([role, municipalityId, unitId]) => ({ role, municipalityId, unitId })),
  };
}

const LEADER = user(['UNIT_LEADER', 'm1', 'unit1']);
const HR = user(['MUNICIPALITY_HR', 'm1', null]);
const COORDINATOR = user(['REGIONAL_COORDINATOR', null, null]);
const BOARD = user(['BOARD_MEMBER', null, null]);
const ADMIN = user(['REGION_ADMIN', null, null]);

describe('can', () => {
  const table: Array<[string, CurrentUser | null, Capability[]]> = [
    ['nobody', null, []],
    ['a unit leader', LEADER, ['employees', 'recordAssessments', 'catalogue']],
    ['HR', HR, ['employees', 'recordAssessments', 'catalogue', 'import', 'auditLog']],
    ['a coordinator', COORDINATOR, ['catalogue', 'editCatalogue', 'importKostra']],
    ['a board member', BOARD, ['catalogue']],
    [
      'the region admin',
      ADMIN,
      ['catalogue', 'editCatalogue', 'administration', 'auditLog', 'importKostra'],
    ],
  ];
  const all: Capability[] = [
    'employees',
    'recordAssessments',
    'catalogue',
    'editCatalogue',
    'import',
    'administration',
    'auditLog',
    'importKostra',
  ];

  it.each(table)('lets %s use exactly %p', (_who, who, allowed) => {
    expect(all.filter((capability) => can(who, capability))).toEqual(allowed);
  });
});

describe('scopes', () => {
  const both = user(
    ['UNIT_LEADER', 'm2', 'unit9'],
    ['MUNICIPALITY_HR', 'm1', null],
    ['MUNICIPALITY_HR', 'm1', null],
  );

  it('lists HR municipalities once', () => {
    expect(hrMunicipalityIds(both)).toEqual(['m1']);
    expect(hrMunicipalityIds(LEADER)).toEqual([]);
    expect(hrMunicipalityIds(null)).toEqual([]);
  });

  it('knows where the user is HR', () => {
    expect(isHrFor(both, 'm1')).toBe(true);
    expect(isHrFor(both, 'm2')).toBe(false);
  });

  it('gives the personal-data scope of every role', () => {
    expect(personalDataScope(both)).toEqual({ municipalityIds: ['m1'], unitIds: ['unit9'] });
    expect(personalDataScope(BOARD)).toEqual({ municipalityIds: [], unitIds: [] });
  });

  it('lets HR in the municipality and the admin add units', () => {
    expect(canAddUnitsIn(HR, 'm1')).toBe(true);
    expect(canAddUnitsIn(HR, 'm2')).toBe(false);
    expect(canAddUnitsIn(ADMIN, 'm2')).toBe(true);
    expect(canAddUnitsIn(LEADER, 'm1')).toBe(false);
    expect(canAddUnitsIn(null, 'm1')).toBe(false);
  });
});
