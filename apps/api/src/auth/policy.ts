import { ADMIN_POLICY } from '../admin/admin.policy';
import { APPRAISALS_POLICY } from '../appraisals/appraisals.policy';
import { AUDIT_POLICY } from '../audit/audit.policy';
import { COMPETENCES_POLICY } from '../competences/competences.policy';
import { EMPLOYEES_POLICY } from '../employees/employees.policy';
import { EVALUATION_POLICY } from '../evaluation/evaluation.policy';
import { GAPS_POLICY } from '../gaps/gaps.policy';
import { IMPORTS_POLICY } from '../imports/imports.policy';
import { KOSTRA_POLICY } from '../kostra/kostra.policy';
import { ORGANISATION_POLICY } from '../organisation/organisation.policy';
import { PARTICIPATION_POLICY } from '../participation/participation.policy';
import { PLANS_POLICY } from '../plans/plans.policy';
import { PRIVACY_POLICY } from '../privacy/privacy.policy';
import { REQUIREMENTS_POLICY } from '../requirements/requirements.policy';
import { AUTH_POLICY } from './auth.policy';
import type { OperationPolicy, PolicyRows } from './policy-types';

/**
 * The one policy table: every GraphQL operation, who may call it, and what
 * kind of data it touches, composed from one file per feature. Which rows a
 * caller then sees is decided where the data is read (scope.ts): a unit
 * leader may call `employees` but only ever gets their own units' people.
 *
 * The guard refuses any operation missing here; a test walks the served
 * schema for operations without a row, and the policy tests are generated
 * from this table.
 */
export const POLICY: PolicyRows = {
  ...AUTH_POLICY,
  ...ORGANISATION_POLICY,
  ...EMPLOYEES_POLICY,
  ...COMPETENCES_POLICY,
  ...IMPORTS_POLICY,
  ...AUDIT_POLICY,
  ...PRIVACY_POLICY,
  ...ADMIN_POLICY,
  ...REQUIREMENTS_POLICY,
  ...GAPS_POLICY,
  ...APPRAISALS_POLICY,
  ...PARTICIPATION_POLICY,
  ...PLANS_POLICY,
  ...EVALUATION_POLICY,
  ...KOSTRA_POLICY,
};

export function policyFor(operation: string): OperationPolicy | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY, operation) ? POLICY[operation] : undefined;
}
