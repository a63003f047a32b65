import { Role, type Actor } from './roles';
import { Scope } from './scope';
import { SqlParams } from '../database/sql-params';

const REGION = 'r';
const actor = (grants: Array<Partial<Actor['grants'][number]> & { role: Role }>): Actor => ({
  userId: 'u',
  email: 'u@example.no',
  name: 'U',
  regionId: REGION,
  grants: grants.map((grant) => ({
    regionId: REGION,
    municipalityId: null,
    unitId: null,
    ...grant,
  })),
});

const hr = actor([{ role: Role.MUNICIPALITY_HR, municipalityId: 'm1' }]);
const leader = actor([{ role: Role.UNIT_LEADER, municipalityId: 'm2', unitId: 'u2' }]);
const both = actor([
  { role: Role.MUNICIPALITY_HR, municipalityId: 'm1' },
  { role: Role.UNIT_LEADER, municipalityId: 'm2', unitId: 'u2' },
]);
const coordinator = actor([{ role: Role.REGIONAL_COORDINATOR }]);
const board = actor([{ role: Role.BOARD_MEMBER }]);

describe('Scope', () => {
  it.each([
    // who, scope, place, covered
    ['HR, own municipality', Scope.personalData(hr), { municipalityId: 'm1', path: ['x'] }, true],
    [
      'HR, other municipality',
      Scope.personalData(hr),
      { municipalityId: 'm2', path: ['u2'] },
      false,
    ],
    ['leader, own unit', Scope.personalData(leader), { municipalityId: 'm2', path: ['u2'] }, true],
    [
      'leader, unit below',
      Scope.personalData(leader),
      { municipalityId: 'm2', path: ['u2', 'u3'] },
      true,
    ],
    [
      'leader, unit beside',
      Scope.personalData(leader),
      { municipalityId: 'm2', path: ['u4'] },
      false,
    ],
    ['leader+HR, HR-only scope', Scope.hr(both), { municipalityId: 'm2', path: ['u2'] }, false],
    [
      'coordinator, personal data',
      Scope.personalData(coordinator),
      { municipalityId: 'm1', path: ['x'] },
      false,
    ],
    [
      'coordinator, requirements',
      Scope.organisationWrites(coordinator),
      { municipalityId: 'm1', path: ['x'] },
      true,
    ],
    ['board member', Scope.personalData(board), { municipalityId: 'm1', path: ['x'] }, false],
    [
      'other region',
      Scope.personalData(hr),
      { regionId: 'other', municipalityId: 'm1', path: [] },
      false,
    ],
    ['system', Scope.system(REGION), { municipalityId: 'm9', path: [] }, true],
    ['nobody', Scope.nobody(), { municipalityId: 'm1', path: ['x'] }, false],
  ])('%s', (_who, scope, place, covered) => {
    expect(scope.covers(place)).toBe(covered);
  });

  it('tells a whole municipality from one reached through a led unit', () => {
    const scope = Scope.personalData(both);
    expect([scope.coversMunicipality('m1'), scope.coversMunicipality('m2')]).toEqual([true, false]);
    expect([scope.reachesMunicipality('m1'), scope.reachesMunicipality('m2')]).toEqual([
      true,
      true,
    ]);
    expect(Scope.personalData(board).isEmpty).toBe(true);
  });

  it('gives the same rule as SQL, with the values as parameters after those already there', () => {
    const p = new SqlParams(['first']);
    const sql = Scope.personalData(both).where(p, {
      regionId: 'e.region_id',
      municipalityId: 'e.municipality_id',
      unitPath: 'u.path',
    });
    expect(sql).toBe(
      '(e.region_id = $2::uuid AND (e.municipality_id = ANY($3::uuid[]) OR u.path && $4::uuid[]))',
    );
    expect(p.values).toEqual(['first', REGION, ['m1'], ['u2']]);
    const wide = new SqlParams();
    expect(
      Scope.system(REGION).where(wide, { regionId: 'x', municipalityId: 'y', unitPath: 'z' }),
    ).toBe('(x = $1::uuid)');
    expect(wide.values).toEqual([REGION]);
  });
});
