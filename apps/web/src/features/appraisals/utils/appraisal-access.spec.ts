import type { CurrentUser } from '@web/features/auth';
import type { Role } from '@web/gql/graphql';
import {
  appraisalMenuTarget,
  appraisalSections,
  canUseAppraisals,
  cycleMunicipalityIds,
} from './appraisal-access';

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

describe('appraisal access', () => {
  it.each([
    ['nobody', null, [], null],
    ['a unit leader', LEADER, ['progress', 'statistics', 'directory'], '/samtaler'],
    ['HR', HR, ['progress', 'statistics', 'directory'], '/samtaler'],
    ['a coordinator', COORDINATOR, ['statistics', 'directory'], '/samtaler/oversikt'],
    ['a board member', BOARD, ['statistics'], '/samtaler/oversikt'],
    ['the region admin', ADMIN, [], null],
  ])('gives %s the pages the API serves them', (_who, who, sections, menu) => {
    expect(appraisalSections(who)).toEqual(sections);
    expect(appraisalMenuTarget(who)).toBe(menu);
  });

  it('keeps the board out of records and the directory', () => {
    expect(canUseAppraisals(BOARD, 'records')).toBe(false);
    expect(canUseAppraisals(BOARD, 'directory')).toBe(false);
    expect(canUseAppraisals(BOARD, 'statistics')).toBe(true);
  });

  it('lets only HR keep cycles, in their own municipalities', () => {
    expect(cycleMunicipalityIds(HR)).toEqual(['m1']);
    expect(cycleMunicipalityIds(LEADER)).toEqual([]);
    expect(
      cycleMunicipalityIds(user(['MUNICIPALITY_HR', 'm1', null], ['MUNICIPALITY_HR', 'm2', null])),
    ).toEqual(['m1', 'm2']);
  });
});
