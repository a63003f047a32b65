import { COMPETENCES_POLICY } from '../src/competences/competences.policy';
import { EMPLOYEES_POLICY } from '../src/employees/employees.policy';
import { POLICY } from '../src/auth/policy';
import { Role } from '../src/auth/roles';
import { DEMO, gql, GraphQLResponse, tokenFor } from './support/api-client';
import { closeDb } from './support/database';
import { PEOPLE_PROBES } from './support/factories';
import { createPolicyFixtures, PolicyFixtures } from './support/policy-fixtures';

/**
 * Every people-and-competence operation × every role × a target in or out of scope, with
 * the rules of the generated policy test (policy.int-spec.ts): allowed in scope gets
 * through, allowed out of scope looks exactly like something that does not exist, a role
 * without a row gets FORBIDDEN, an anonymous caller UNAUTHENTICATED.
 */
const USERS: Record<Role, string> = {
  [Role.UNIT_LEADER]: DEMO.leaderHomeCareGjovik,
  [Role.MUNICIPALITY_HR]: DEMO.hrGjovik,
  [Role.REGIONAL_COORDINATOR]: DEMO.coordinator,
  [Role.BOARD_MEMBER]: DEMO.board,
  [Role.REGION_ADMIN]: DEMO.admin,
};

type Outcome = 'allowed' | 'absent' | 'forbidden' | 'unauthenticated';

function outcomeOf(operation: string, result: GraphQLResponse<Record<string, unknown>>): Outcome {
  const error = result.errors?.[0];
  const code = error?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'NOT_FOUND') return 'absent';
  if (
    code === 'BAD_USER_INPUT' &&
    error?.extensions?.fields?.some((f) => /^UNKNOWN_/.test(f.code))
  ) {
    return 'absent';
  }
  if (error) throw new Error(`${operation}: unexpected error ${JSON.stringify(error)}`);
  const value = result.data?.[operation];
  if (PEOPLE_PROBES[operation].hasTarget && value === null) return 'absent';
  return 'allowed';
}

function expectedOutcome(operation: string, role: Role | null, scope: 'in' | 'out'): Outcome {
  const policy = POLICY[operation];
  if (policy.roles === 'PUBLIC') return 'allowed';
  if (role === null) return 'unauthenticated';
  if (!policy.roles.includes(role)) return 'forbidden';
  return scope === 'out' && PEOPLE_PROBES[operation].hasTarget ? 'absent' : 'allowed';
}

let fixtures: PolicyFixtures;
beforeAll(async () => {
  fixtures = await createPolicyFixtures();
});
afterAll(closeDb);

it('has a probe for every row of the employees and competences policies', () => {
  expect(Object.keys(PEOPLE_PROBES).sort()).toEqual(
    Object.keys({ ...EMPLOYEES_POLICY, ...COMPETENCES_POLICY }).sort(),
  );
});

const callers: Array<Role | null> = [null, ...Object.values(Role)];

describe.each(Object.keys(PEOPLE_PROBES))('%s', (operation) => {
  const cases = callers.flatMap((role) =>
    (['in', 'out'] as const).map((scope) => ({
      role,
      scope,
      expected: expectedOutcome(operation, role, scope),
    })),
  );
  it.each(cases)('$role, target $scope of scope → $expected', async ({ role, scope, expected }) => {
    const probe = PEOPLE_PROBES[operation];
    const variables = await probe.variables(fixtures, scope, role);
    const headers: Record<string, string> = role
      ? { authorization: `Bearer ${await tokenFor(USERS[role])}` }
      : {};
    const result = await gql(probe.document, variables, { headers });
    expect(outcomeOf(operation, result)).toBe(expected);
  });
});
