import type { CurrentUser } from '@web/features/auth';
import type { OrganisationUnit } from '@web/features/organisation';
import type { Role, UnitKind } from '@web/gql/graphql';
import { EMPTY_GAP_FILTERS } from './gap-filters';
import {
  canSeeHolders,
  defaultScope,
  resolveScope,
  scopeAllowed,
  scopeName,
  scopeOptions,
  scopeTrail,
  type ScopeMunicipality,
} from './gap-scope';

function unit(
  id: string,
  name: string,
  parentId: string | null,
  municipalityId: string,
  kind: UnitKind = 'UNIT',
): OrganisationUnit {
  return { id, name, kind, parentId, municipalityId, serviceType: null };
}

const MUNICIPALITIES: ScopeMunicipality[] = [
  {
    id: 'gjovik',
    name: 'Gjøvik',
    units: [
      unit('hjem-nord', 'Hjemmetjenesten nord', 'hjem', 'gjovik', 'DEPARTMENT'),
      unit('ho', 'Helse og omsorg', null, 'gjovik', 'SERVICE_AREA'),
      unit('hjem', 'Hjemmetjenesten Gjøvik', 'ho', 'gjovik'),
      unit('biri', 'Biri omsorgssenter', 'ho', 'gjovik'),
    ],
  },
  {
    id: 'toten',
    name: 'Østre Toten',
    units: [
      unit('ho2', 'Helse og omsorg', null, 'toten', 'SERVICE_AREA'),
      unit('lena', 'Lena sykehjem', 'ho2', 'toten'),
    ],
  },
];

type Assignment = CurrentUser['roles'][number];

function user(...roles: Array<[Role, Partial<Assignment>?]>): CurrentUser {
  return {
    id: 'u',
    email: 'x@reks.demo',
    name: 'X',
    regionId: 'r',
    roles: roles.map(([role, scope]) => ({
      role,
      municipalityId: scope?.municipalityId ?? null,
      unitId: scope?.unitId ?? null,
    })),
  };
}

const BOARD = user(['BOARD_MEMBER']);
const HR_GJOVIK = user(['MUNICIPALITY_HR', { municipalityId: 'gjovik' }]);
const LEADER_HOME = user(['UNIT_LEADER', { municipalityId: 'gjovik', unitId: 'hjem' }]);

describe('scopeOptions', () => {
  it('gives region roles the region, every municipality and every unit', () => {
    const options = scopeOptions(BOARD, MUNICIPALITIES);
    expect(options.region).toBe(true);
    expect(options.municipalities.map((m) => [m.id, m.whole])).toEqual([
      ['gjovik', true],
      ['toten', true],
    ]);
    expect(options.municipalities[0].units.map((u) => u.label)).toEqual([
      'Helse og omsorg',
      'Biri omsorgssenter',
      'Hjemmetjenesten Gjøvik',
      'Hjemmetjenesten Gjøvik › Hjemmetjenesten nord',
    ]);
  });

  it('gives HR their own municipality only', () => {
    const options = scopeOptions(HR_GJOVIK, MUNICIPALITIES);
    expect(options.region).toBe(false);
    expect(options.municipalities.map((m) => [m.id, m.whole, m.units.length])).toEqual([
      ['gjovik', true, 4],
    ]);
  });

  it('gives a unit leader their unit and what lies below it', () => {
    const options = scopeOptions(LEADER_HOME, MUNICIPALITIES);
    expect(options.municipalities).toEqual([
      {
        id: 'gjovik',
        name: 'Gjøvik',
        whole: false,
        units: [
          { id: 'hjem', label: 'Hjemmetjenesten Gjøvik', name: 'Hjemmetjenesten Gjøvik' },
          { id: 'hjem-nord', label: 'Hjemmetjenesten nord', name: 'Hjemmetjenesten nord' },
        ],
      },
    ]);
  });

  it('offers nothing to someone without a role', () => {
    expect(scopeOptions(null, MUNICIPALITIES)).toEqual({ region: false, municipalities: [] });
  });
});

describe('defaultScope and resolveScope', () => {
  it('starts as wide as the roles allow', () => {
    expect(defaultScope(scopeOptions(BOARD, MUNICIPALITIES))).toEqual({ level: 'REGION' });
    expect(defaultScope(scopeOptions(HR_GJOVIK, MUNICIPALITIES))).toEqual({
      level: 'MUNICIPALITY',
      municipalityId: 'gjovik',
    });
    expect(defaultScope(scopeOptions(LEADER_HOME, MUNICIPALITIES))).toEqual({
      level: 'UNIT',
      municipalityId: 'gjovik',
      unitId: 'hjem',
    });
    expect(defaultScope(scopeOptions(null, MUNICIPALITIES))).toBeNull();
  });

  it('follows the address where the roles cover it', () => {
    const options = scopeOptions(BOARD, MUNICIPALITIES);
    expect(resolveScope({ ...EMPTY_GAP_FILTERS, unitId: 'lena' }, options)).toEqual({
      scope: { level: 'UNIT', municipalityId: 'toten', unitId: 'lena' },
      adjusted: false,
    });
    expect(resolveScope({ ...EMPTY_GAP_FILTERS, municipalityId: 'toten' }, options)).toEqual({
      scope: { level: 'MUNICIPALITY', municipalityId: 'toten' },
      adjusted: false,
    });
  });

  it('falls back to the default, and says so, where they do not', () => {
    const hr = scopeOptions(HR_GJOVIK, MUNICIPALITIES);
    expect(resolveScope({ ...EMPTY_GAP_FILTERS, municipalityId: 'toten' }, hr)).toEqual({
      scope: { level: 'MUNICIPALITY', municipalityId: 'gjovik' },
      adjusted: true,
    });
    const leader = scopeOptions(LEADER_HOME, MUNICIPALITIES);
    expect(resolveScope({ ...EMPTY_GAP_FILTERS, municipalityId: 'gjovik' }, leader).adjusted).toBe(
      true,
    );
    expect(resolveScope({ ...EMPTY_GAP_FILTERS, unitId: 'biri' }, leader)).toEqual({
      scope: { level: 'UNIT', municipalityId: 'gjovik', unitId: 'hjem' },
      adjusted: true,
    });
  });
});

describe('scopeAllowed', () => {
  it('checks each level against the options', () => {
    const leader = scopeOptions(LEADER_HOME, MUNICIPALITIES);
    expect(scopeAllowed({ level: 'REGION' }, leader)).toBe(false);
    expect(scopeAllowed({ level: 'MUNICIPALITY', municipalityId: 'gjovik' }, leader)).toBe(false);
    expect(
      scopeAllowed({ level: 'UNIT', municipalityId: 'gjovik', unitId: 'hjem-nord' }, leader),
    ).toBe(true);
    expect(scopeAllowed({ level: 'UNIT', municipalityId: 'gjovik', unitId: 'biri' }, leader)).toBe(
      false,
    );
  });
});

describe('scopeTrail', () => {
  it('leads from the region down to the scope for region roles', () => {
    const options = scopeOptions(BOARD, MUNICIPALITIES);
    const trail = scopeTrail(
      { level: 'UNIT', municipalityId: 'gjovik', unitId: 'hjem-nord' },
      options,
      MUNICIPALITIES,
      'Regionen',
    );
    expect(trail.map((crumb) => crumb.label)).toEqual([
      'Regionen',
      'Gjøvik',
      'Helse og omsorg',
      'Hjemmetjenesten Gjøvik',
      'Hjemmetjenesten nord',
    ]);
  });

  it('starts at the widest scope the user may pick', () => {
    const options = scopeOptions(LEADER_HOME, MUNICIPALITIES);
    const trail = scopeTrail(
      { level: 'UNIT', municipalityId: 'gjovik', unitId: 'hjem-nord' },
      options,
      MUNICIPALITIES,
      'Regionen',
    );
    expect(trail.map((crumb) => crumb.label)).toEqual([
      'Hjemmetjenesten Gjøvik',
      'Hjemmetjenesten nord',
    ]);
  });
});

describe('canSeeHolders', () => {
  it('allows HR in their municipality and leaders in their subtree only', () => {
    expect(canSeeHolders(HR_GJOVIK, 'hjem-nord', MUNICIPALITIES)).toBe(true);
    expect(canSeeHolders(HR_GJOVIK, 'lena', MUNICIPALITIES)).toBe(false);
    expect(canSeeHolders(LEADER_HOME, 'hjem', MUNICIPALITIES)).toBe(true);
    expect(canSeeHolders(LEADER_HOME, 'hjem-nord', MUNICIPALITIES)).toBe(true);
    expect(canSeeHolders(LEADER_HOME, 'biri', MUNICIPALITIES)).toBe(false);
    expect(canSeeHolders(BOARD, 'hjem', MUNICIPALITIES)).toBe(false);
    expect(canSeeHolders(HR_GJOVIK, 'unknown', MUNICIPALITIES)).toBe(false);
  });
});

describe('scopeName', () => {
  it('names each level', () => {
    expect(scopeName({ level: 'REGION' }, MUNICIPALITIES, 'Regionen')).toBe('Regionen');
    expect(scopeName({ level: 'MUNICIPALITY', municipalityId: 'toten' }, MUNICIPALITIES, 'R')).toBe(
      'Østre Toten',
    );
    expect(
      scopeName({ level: 'UNIT', municipalityId: 'toten', unitId: 'lena' }, MUNICIPALITIES, 'R'),
    ).toBe('Lena sykehjem');
  });
});
