import type { Role } from '@web/gql/graphql';
import type { CurrentUser } from './access';
import { navigationItems } from './navigation';

function withRole(role: Role): CurrentUser {
  return {
    id: 'u',
    email: 'x@reks.demo',
    name: 'X',
    regionId: 'r',
    roles: [{ role, municipalityId: 'm1', unitId: null }],
  };
}

describe('navigationItems', () => {
  it.each([
    ['signed out', null, ['home']],
    ['UNIT_LEADER', withRole('UNIT_LEADER'), ['home', 'employees', 'catalogue']],
    ['MUNICIPALITY_HR', withRole('MUNICIPALITY_HR'), ['home', 'employees', 'catalogue', 'import']],
    ['REGIONAL_COORDINATOR', withRole('REGIONAL_COORDINATOR'), ['home', 'catalogue']],
    ['BOARD_MEMBER', withRole('BOARD_MEMBER'), ['home', 'catalogue']],
    ['REGION_ADMIN', withRole('REGION_ADMIN'), ['home', 'catalogue']],
  ])('shows %s only what the role may use', (_who, user, keys) => {
    expect(navigationItems(user).map((item) => item.key)).toEqual(keys);
  });

  it('links to Norwegian addresses, the home page matched exactly', () => {
    expect(navigationItems(withRole('MUNICIPALITY_HR'))).toEqual([
      { key: 'home', to: '/', end: true },
      { key: 'employees', to: '/ansatte', end: false },
      { key: 'catalogue', to: '/katalog', end: false },
      { key: 'import', to: '/import', end: false },
    ]);
  });
});
