import type { PolicyRows } from '../auth/policy-types';

export const AUDIT_POLICY: PolicyRows = {};
