import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { POLICY } from '../src/auth/policy';
import { Role } from '../src/auth/roles';
import { DEMO, gql, GraphQLResponse, gqlOk, tokenFor } from './support/api-client';
import { closeDb } from './support/database';
import { createPolicyFixtures, PolicyFixtures } from './support/policy-fixtures';
import { PROBES, Scope } from './support/policy-probes';

/**
 * Every operation × every role × in scope / out of scope, generated from the
 * policy table and run against the real API. Allowed in scope means the call
 * gets through; allowed out of scope means it answers exactly as for
 * something that does not exist; not allowed means FORBIDDEN (or
 * UNAUTHENTICATED for anonymous callers).
 */
const USERS: Record<Role, string> = {
  [Role.UNIT_LEADER]: DEMO.leaderHomeCareGjovik,
  [Role.MUNICIPALITY_HR]: DEMO.hrGjovik,
  [Role.REGIONAL_COORDINATOR]: DEMO.coordinator,
  [Role.BOARD_MEMBER]: DEMO.board,
  [Role.REGION_ADMIN]: DEMO.admin,
};

type Outcome = 'allowed' | 'absent' | 'forbidden' | 'unauthenticated';

const ABSENT_FIELD_CODE = /^UNKNOWN_/;

function outcomeOf(operation: string, result: GraphQLResponse<Record<string, unknown>>): Outcome {
  const error = result.errors?.[0];
  const code = error?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'NOT_FOUND') return 'absent';
  if (
    code === 'BAD_USER_INPUT' &&
    error?.extensions?.fields?.some((f) => ABSENT_FIELD_CODE.test(f.code))
  ) {
    return 'absent';
  }
  if (error) throw new Error(`${operation}: unexpected error ${JSON.stringify(error)}`);
  const value = result.data?.[operation];
  // for a targeted call, nothing back is how a record outside the scope looks
  if (
    PROBES[operation].hasTarget &&
    (value === null || (Array.isArray(value) && value.length === 0))
  ) {
    return 'absent';
  }
  return 'allowed';
}

function expectedOutcome(operation: string, role: Role | null, scope: Scope): Outcome {
  const policy = POLICY[operation];
  if (policy.roles === 'PUBLIC') return 'allowed';
  if (role === null) return 'unauthenticated';
  if (!policy.roles.includes(role)) return 'forbidden';
  return scope === 'out' && PROBES[operation].hasTarget ? 'absent' : 'allowed';
}

async function headersFor(role: Role | null, fresh: boolean): Promise<Record<string, string>> {
  if (role === null) return {};
  if (!fresh) return { authorization: `Bearer ${await tokenFor(USERS[role])}` };
  const { login } = await gqlOk<{ login: { token: string } }>(PROBES.login.document, {
    email: USERS[role],
    password: 'reks-demo-2026',
  });
  return { authorization: `Bearer ${login.token}` };
}

let fixtures: PolicyFixtures;
beforeAll(async () => {
  fixtures = await createPolicyFixtures();
});
afterAll(closeDb);

describe('the policy table', () => {
  it('has a row for every query and mutation the API serves', async () => {
    const schema = buildClientSchema(await gqlOk<IntrospectionQuery>(getIntrospectionQuery()));
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(operations.filter((operation) => !POLICY[operation])).toEqual([]);
  });

  it('has a probe for every row, so every row is tested below', () => {
    expect(Object.keys(POLICY).filter((operation) => !PROBES[operation])).toEqual([]);
  });
});

const callers: Array<Role | null> = [null, ...Object.values(Role)];
const cases = Object.keys(POLICY).flatMap((operation) =>
  callers.flatMap((role) =>
    (['in', 'out'] as const).map((scope) => ({
      operation,
      role,
      scope,
      expected: expectedOutcome(operation, role, scope),
    })),
  ),
);

describe.each(Object.keys(POLICY))('%s', (operation) => {
  it.each(cases.filter((c) => c.operation === operation))(
    '$role, target $scope of scope → $expected',
    async ({ role, scope, expected }) => {
      const probe = PROBES[operation];
      const variables = await probe.variables(fixtures, scope, role);
      const headers = await headersFor(role, probe.freshSession ?? false);
      const result = await gql(probe.document, variables, { headers });
      expect(outcomeOf(operation, result)).toBe(expected);
    },
  );
});
