import type { PolicyRows } from '../auth/policy-types';

export const COMPETENCES_POLICY: PolicyRows = {};
