import type { PolicyRows } from '../auth/policy-types';

export const EMPLOYEES_POLICY: PolicyRows = {};
