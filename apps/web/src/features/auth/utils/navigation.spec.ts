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
    [
      'UNIT_LEADER',
      withRole('UNIT_LEADER'),
      ['home', 'employees', 'catalogue', 'gaps', 'requirements', 'plans', 'evaluation', 'kostra'],
    ],
    [
      'MUNICIPALITY_HR',
      withRole('MUNICIPALITY_HR'),
      [
        'home',
        'employees',
        'catalogue',
        'gaps',
        'requirements',
        'plans',
        'evaluation',
        'kostra',
        'import',
        'auditLog',
      ],
    ],
    [
      'REGIONAL_COORDINATOR',
      withRole('REGIONAL_COORDINATOR'),
      ['home', 'catalogue', 'gaps', 'requirements', 'plans', 'evaluation', 'kostra'],
    ],
    [
      'BOARD_MEMBER',
      withRole('BOARD_MEMBER'),
      ['home', 'catalogue', 'gaps', 'requirements', 'plans', 'evaluation', 'kostra'],
    ],
    // The administrator finds the log under Administrasjon, not as an entry of its own.
    [
      'REGION_ADMIN',
      withRole('REGION_ADMIN'),
      [
        'home',
        'catalogue',
        'gaps',
        'requirements',
        'plans',
        'evaluation',
        'kostra',
        'administration',
      ],
    ],
  ])('shows %s only what the role may use', (_who, user, keys) => {
    expect(navigationItems(user).map((item) => item.key)).toEqual(keys);
  });

  it('links to Norwegian addresses, the home page matched exactly', () => {
    expect(navigationItems(withRole('MUNICIPALITY_HR'))).toEqual([
      { key: 'home', to: '/', end: true },
      { key: 'employees', to: '/ansatte', end: false },
      { key: 'catalogue', to: '/katalog', end: false },
      { key: 'gaps', to: '/gap', end: false },
      { key: 'requirements', to: '/krav', end: false },
      { key: 'plans', to: '/planer', end: false },
      { key: 'evaluation', to: '/evaluering', end: false },
      { key: 'kostra', to: '/kostra', end: false },
      { key: 'import', to: '/import', end: false },
      { key: 'auditLog', to: '/admin/logg', end: false },
    ]);
  });
});
