import { AdminResolver } from '../admin/admin.resolver';
import { APPRAISALS_RESOLVERS } from '../appraisals/appraisals.resolvers';
import { AuditLogResolver } from '../audit/audit-log.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { COMPETENCES_RESOLVERS } from '../competences/competences.resolvers';
import { EMPLOYEES_RESOLVERS } from '../employees/employees.resolvers';
import { EVALUATION_RESOLVERS } from '../evaluation/evaluation.resolvers';
import { GAPS_RESOLVERS } from '../gaps/gaps.resolvers';
import { IMPORTS_RESOLVERS } from '../imports/imports.resolvers';
import { KOSTRA_RESOLVERS } from '../kostra/kostra.resolvers';
import { MunicipalitiesResolver } from '../organisation/municipalities.resolver';
import { UnitsResolver } from '../organisation/units.resolver';
import { PARTICIPATION_RESOLVERS } from '../participation/participation.resolvers';
import { PLANS_RESOLVERS } from '../plans/plans.resolvers';
import { PrivacyResolver } from '../privacy/privacy.resolver';
import { REQUIREMENTS_RESOLVERS } from '../requirements/requirements.resolvers';

/**
 * Every resolver class, for printing the schema without a database
 * (`npm run schema`). A test compares the served schema with the committed
 * `schema.gql`, so a resolver missing here is noticed.
 */
export const resolvers = [
  AuthResolver,
  MunicipalitiesResolver,
  UnitsResolver,
  AuditLogResolver,
  PrivacyResolver,
  AdminResolver,
  ...EMPLOYEES_RESOLVERS,
  ...COMPETENCES_RESOLVERS,
  ...IMPORTS_RESOLVERS,
  ...REQUIREMENTS_RESOLVERS,
  ...GAPS_RESOLVERS,
  ...APPRAISALS_RESOLVERS,
  ...PARTICIPATION_RESOLVERS,
  ...PLANS_RESOLVERS,
  ...EVALUATION_RESOLVERS,
  ...KOSTRA_RESOLVERS,
];
