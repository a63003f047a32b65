import type { PolicyRows } from '../auth/policy-types';

export const IMPORTS_POLICY: PolicyRows = {};
