import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { makeAppraisal, makeEmployee, makeFutureCycle } from './appraisal-factories';
import { db } from './database';
import { PEOPLE_PROBES } from './factories';
import type { PolicyFixtures } from './policy-fixtures';

export type Scope = 'in' | 'out';

/**
 * How to call one operation for the policy tests. `variables` gets the role
 * (or null for an anonymous caller) and whether the target should lie in or
 * out of the caller's scope; operations without a target ignore the scope.
 */
export interface Probe {
  document: string;
  hasTarget: boolean;
  /** Sign in afresh for this call (the operation ends the session it runs in). */
  freshSession?: boolean;
  variables(f: PolicyFixtures, scope: Scope, role: Role | null): Promise<Record<string, unknown>>;
}

const REGION_ROLES = [Role.REGIONAL_COORDINATOR, Role.BOARD_MEMBER, Role.REGION_ADMIN];

/** Outside the scope: another municipality for municipal roles, another region for regional ones. */
function municipalityFor(f: PolicyFixtures, scope: Scope, role: Role | null): string {
  if (scope === 'in') return f.municipalityIn;
  return role && REGION_ROLES.includes(role) ? f.foreignMunicipalityId : f.municipalityOut;
}

async function freshUser(f: PolicyFixtures): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO app_user (region_id, email, name) VALUES ($1, $2, 'Policy Bruker') RETURNING id`,
    [f.regionId, `policy-${randomUUID().slice(0, 8)}@reks.demo`],
  );
  return rows[0].id;
}

async function freshRole(f: PolicyFixtures): Promise<string> {
  const userId = await freshUser(f);
  const { rows } = await db().query(
    `INSERT INTO role_assignment (region_id, user_id, role) VALUES ($1, $2, 'BOARD_MEMBER') RETURNING id`,
    [f.regionId, userId],
  );
  return rows[0].id;
}

const none = async () => ({});

/** One probe per operation in the policy table; a missing one fails the policy test. */
export const PROBES: Record<string, Probe> = {
  ...PEOPLE_PROBES,
  login: {
    document: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    hasTarget: false,
    variables: async () => ({ email: 'koordinator@reks.demo', password: 'reks-demo-2026' }),
  },
  logout: {
    document: 'mutation { logout }',
    hasTarget: false,
    freshSession: true,
    variables: none,
  },
  me: { document: '{ me { email } }', hasTarget: false, variables: none },
  municipalities: { document: '{ municipalities { number } }', hasTarget: false, variables: none },
  addUnit: {
    document: 'mutation ($input: AddUnitInput!) { addUnit(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        municipalityId: municipalityFor(f, scope, role),
        name: `Policyenhet ${randomUUID().slice(0, 8)}`,
      },
    }),
  },
  auditLog: {
    document: '{ auditLog(filter: { first: 5 }) { id action } }',
    hasTarget: false,
    variables: none,
  },
  exportEmployeeData: {
    document: 'query ($id: ID!) { exportEmployeeData(employeeId: $id) }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: scope === 'in' ? f.employeeIn : f.employeeOut }),
  },
  eraseEmployee: {
    document:
      'mutation ($id: ID!, $number: String!) { eraseEmployee(employeeId: $id, confirmEmployeeNumber: $number) }',
    hasTarget: true,
    variables: async (f, scope) => {
      const employee = await f.newEmployee(scope === 'in' ? f.unitIn : f.unitOut);
      return { id: employee.id, number: employee.employeeNumber };
    },
  },
  users: { document: '{ users { email } }', hasTarget: false, variables: none },
  createUser: {
    document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    hasTarget: false,
    variables: async () => ({
      input: { email: `ny-${randomUUID().slice(0, 8)}@reks.demo`, name: 'Ny Bruker' },
    }),
  },
  updateUser: {
    document: 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        id: scope === 'in' ? await freshUser(f) : f.foreignUserId,
        version: 1,
        name: 'Nytt Navn',
      },
    }),
  },
  assignRole: {
    document: 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        userId: scope === 'in' ? await freshUser(f) : f.foreignUserId,
        role: 'BOARD_MEMBER',
      },
    }),
  },
  removeRole: {
    document: 'mutation ($id: ID!) { removeRole(roleAssignmentId: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: scope === 'in' ? await freshRole(f) : f.foreignRoleId }),
  },
  regionSettings: {
    document: '{ regionSettings { minGroupSize } }',
    hasTarget: false,
    variables: none,
  },
  updateRegionSettings: {
    document: 'mutation { updateRegionSettings(input: { retirementAge: 67 }) { retirementAge } }',
    hasTarget: false,
    variables: none,
  },
  appraisalCycles: {
    document: '{ appraisalCycles { id name } }',
    hasTarget: false,
    variables: none,
  },
  createAppraisalCycle: {
    document:
      'mutation ($input: CreateAppraisalCycleInput!) { createAppraisalCycle(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => {
      // a year of its own (2200–2999), so it overlaps no other cycle
      const year = 2200 + Math.floor(Math.random() * 800);
      return {
        input: {
          municipalityId: municipalityFor(f, scope, role),
          name: `Policyrunde ${randomUUID().slice(0, 8)}`,
          opensOn: `${year}-01-15`,
          closesOn: `${year}-03-15`,
        },
      };
    },
  },
  updateAppraisalCycle: {
    document:
      'mutation ($input: UpdateAppraisalCycleInput!) { updateAppraisalCycle(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const cycle = await makeFutureCycle(scope === 'in' ? f.municipalityIn : f.municipalityOut);
      return { input: { id: cycle.id, version: 1, name: `Omdøpt ${randomUUID().slice(0, 8)}` } };
    },
  },
  appraisalProgress: {
    document: '{ appraisalProgress { employeeCount } }',
    hasTarget: false,
    variables: none,
  },
  appraisal: {
    document: 'query ($id: ID!) { appraisal(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id,
    }),
  },
  appraisals: {
    document: 'query ($employeeId: ID!) { appraisals(filter: { employeeId: $employeeId }) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      employeeId: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).employeeId,
    }),
  },
  appraisalDraft: {
    document: 'query ($id: ID!) { appraisalDraft(employeeId: $id) { employeeId } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: scope === 'in' ? f.employeeIn : f.employeeOut }),
  },
  appraisalSummary: {
    document: 'query ($id: ID!) { appraisalSummary(id: $id) { text } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id,
    }),
  },
  saveAppraisalDraft: {
    document:
      'mutation ($input: SaveAppraisalDraftInput!) { saveAppraisalDraft(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        employeeId: (await makeEmployee(scope === 'in' ? f.unitIn : f.unitOut)).id,
        content: { careerPlan: 'Policytest' },
      },
    }),
  },
  completeAppraisal: {
    document:
      'mutation ($input: CompleteAppraisalInput!) { completeAppraisal(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: { id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id, version: 1 },
    }),
  },
  amendAppraisal: {
    document: 'mutation ($input: AmendAppraisalInput!) { amendAppraisal(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut, 'COMPLETED')).id,
        version: 1,
        note: 'Policytest',
        content: { careerPlan: 'Endret i policytest' },
      },
    }),
  },
  discardAppraisalDraft: {
    document: 'mutation ($id: ID!) { discardAppraisalDraft(id: $id, version: 1) }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id,
    }),
  },
  appraisalStatistics: {
    document: '{ appraisalStatistics { exact employees { value suppressed } } }',
    hasTarget: false,
    variables: none,
  },
  teachingDirectory: {
    document: '{ teachingDirectory { competenceId } }',
    hasTarget: false,
    variables: none,
  },
};
