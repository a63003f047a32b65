import type { CurrentUser } from '@web/features/auth';
import type { OrganisationUnit } from '@web/features/organisation';
import type { Role } from '@web/gql/graphql';
import {
  canChangeAnything,
  canChangeUnit,
  canCopyRequirements,
  changeOptions,
  municipalityOfUnit,
  readOptions,
} from './requirement-access';

const unit = (id: string, parentId: string | null, municipalityId: string): OrganisationUnit => ({
  id,
  name: id,
  kind: parentId ? 'UNIT' : 'SERVICE_AREA',
  parentId,
  municipalityId,
  serviceType: null,
});

const MUNICIPALITIES = [
  { id: 'm1', name: 'Gjøvik', units: [unit('ho', null, 'm1'), unit('hjem', 'ho', 'm1')] },
  { id: 'm2', name: 'Østre Toten', units: [unit('ho2', null, 'm2'), unit('lena', 'ho2', 'm2')] },
];

function user(role: Role, scope: { municipalityId?: string; unitId?: string } = {}): CurrentUser {
  return {
    id: 'u',
    email: 'x@reks.demo',
    name: 'X',
    regionId: 'r',
    roles: [{ role, municipalityId: scope.municipalityId ?? null, unitId: scope.unitId ?? null }],
  };
}

const changeable = (who: CurrentUser) => {
  const options = changeOptions(who, MUNICIPALITIES);
  return ['ho', 'hjem', 'ho2', 'lena'].filter((id) => canChangeUnit(options, id));
};

describe('changeOptions', () => {
  it('lets the coordinator change everywhere, HR their municipality, a leader their units', () => {
    expect(changeable(user('REGIONAL_COORDINATOR'))).toEqual(['ho', 'hjem', 'ho2', 'lena']);
    expect(changeable(user('MUNICIPALITY_HR', { municipalityId: 'm2' }))).toEqual(['ho2', 'lena']);
    expect(changeable(user('UNIT_LEADER', { municipalityId: 'm1', unitId: 'hjem' }))).toEqual([
      'hjem',
    ]);
  });

  it('lets board members and the administrator change nothing', () => {
    for (const role of ['BOARD_MEMBER', 'REGION_ADMIN'] as const) {
      const options = changeOptions(user(role), MUNICIPALITIES);
      expect(canChangeAnything(options)).toBe(false);
    }
    expect(
      canChangeAnything(changeOptions(user('UNIT_LEADER', { unitId: 'hjem' }), MUNICIPALITIES)),
    ).toBe(true);
  });
});

describe('readOptions', () => {
  it('offers every unit of the region for reading', () => {
    const options = readOptions(MUNICIPALITIES);
    expect(options.region).toBe(true);
    expect(options.municipalities.flatMap((m) => m.units.map((u) => u.id))).toEqual([
      'ho',
      'hjem',
      'ho2',
      'lena',
    ]);
    expect(municipalityOfUnit(options, 'lena')?.id).toBe('m2');
    expect(municipalityOfUnit(options, 'x')).toBeNull();
  });
});

describe('canCopyRequirements', () => {
  it('is for the coordinator and HR', () => {
    expect(canCopyRequirements(user('REGIONAL_COORDINATOR'))).toBe(true);
    expect(canCopyRequirements(user('MUNICIPALITY_HR', { municipalityId: 'm1' }))).toBe(true);
    expect(canCopyRequirements(user('UNIT_LEADER', { unitId: 'hjem' }))).toBe(false);
    expect(canCopyRequirements(user('BOARD_MEMBER'))).toBe(false);
    expect(canCopyRequirements(null)).toBe(false);
  });
});
