import { EVERY_ROLE, PolicyRows } from './policy-types';

export const AUTH_POLICY: PolicyRows = {
  login: { roles: 'PUBLIC', data: 'PUBLIC' },
  logout: { roles: 'PUBLIC', data: 'PUBLIC' },
  me: { roles: EVERY_ROLE, data: 'ACCOUNT' },
};
