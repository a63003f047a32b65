import { getNamedType, isListType, isNonNullType } from 'graphql';
import { as, gql, type GraphQLResponse } from './support/api-client';
import { closeDb } from './support/database';
import { createPolicyFixtures, type PolicyFixtures } from './support/policy-fixtures';
import {
  callerFor,
  committedSchema,
  fieldName,
  operationDocument,
  operations,
  placeholder,
  type Slot,
  slots,
  USERS,
  validArguments,
  withValue,
} from './support/schema-walk';

/**
 * Walks the schema: every number and every list an operation takes, at any depth, must have a
 * bound the API enforces. A value far outside it (the largest and smallest 32-bit integer,
 * ±1e300, a list of 501 items) must be refused with a field error naming that field, on a call
 * that is otherwise valid (the policy probe's). A new argument without a bound fails here.
 */
const schema = committedSchema();
const LIST_PROBE_LENGTH = 501;

interface Case {
  operation: string;
  kind: 'query' | 'mutation';
  slot: Slot;
  value: unknown;
  label: string;
}

function extremes(slot: Slot): Array<{ label: string; value: unknown }> {
  const inner = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
  if (isListType(inner)) {
    return [
      {
        label: `${LIST_PROBE_LENGTH} items`,
        value: Array.from({ length: LIST_PROBE_LENGTH }, () => placeholder(inner.ofType)),
      },
    ];
  }
  switch (getNamedType(inner).name) {
    case 'Int':
      return [
        { label: '2147483647', value: 2_147_483_647 },
        { label: '-2147483648', value: -2_147_483_648 },
      ];
    case 'Float':
      return [
        { label: '1e300', value: 1e300 },
        { label: '-1e300', value: -1e300 },
      ];
    default:
      return [];
  }
}

/** Every ID argument and ID field, at any depth. */
const idCases: Case[] = (['query', 'mutation'] as const).flatMap((kind) =>
  operations(schema, kind).flatMap((field) =>
    slots(field.args)
      .filter((slot) => {
        const inner = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
        return !isListType(inner) && getNamedType(inner).name === 'ID';
      })
      .map((slot) => ({
        operation: field.name,
        kind,
        slot,
        value: 'not-an-id',
        label: `${field.name} ${fieldName(slot.path)} = "not-an-id"`,
      })),
  ),
);

const cases: Case[] = (['query', 'mutation'] as const).flatMap((kind) =>
  operations(schema, kind).flatMap((field) =>
    slots(field.args).flatMap((slot) =>
      extremes(slot).map(({ label, value }) => ({
        operation: field.name,
        kind,
        slot,
        value,
        label: `${field.name} ${fieldName(slot.path)} = ${label}`,
      })),
    ),
  ),
);

let fixtures: PolicyFixtures;
const valid = new Map<string, Promise<Record<string, unknown>>>();
beforeAll(async () => {
  fixtures = await createPolicyFixtures();
});
afterAll(closeDb);

function named(result: GraphQLResponse<unknown>, field: string): boolean {
  const bare = (name: string) => name.replace(/\.\d+(?=\.|$)/g, '');
  return (result.errors ?? []).some((error) =>
    (error.extensions?.fields ?? []).some(
      (problem) => problem.field === field || bare(problem.field) === bare(field),
    ),
  );
}

async function callWith({ operation, kind, slot, value }: Case) {
  const field = operations(schema, kind).find((f) => f.name === operation)!;
  const role = callerFor(operation);
  if (!valid.has(operation)) valid.set(operation, validArguments(operation, fixtures, role));
  const args = withValue(await valid.get(operation)!, field, slot.path, value);
  const caller = role ? await as(USERS[role]) : {};
  return gql(operationDocument(kind, field), args, caller);
}

describe('every number and list argument is bounded', () => {
  it('finds the arguments to check', () => {
    expect(cases.length).toBeGreaterThan(60);
    expect(cases.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'retirementWave years = 2147483647',
        'auditLog first = -2147483648',
        'expiringCertificates months = 2147483647',
        'employees first = 2147483647',
      ]),
    );
  });

  it.each(cases)('$label is refused, naming the field', async (testCase) => {
    const { operation, slot } = testCase;
    const result = await callWith(testCase);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const refusedField = fieldName(slot.path);
    // the errors are shown when the field is not named
    expect(named(result, refusedField) ? refusedField : JSON.stringify(result.errors)).toBe(
      refusedField,
    );
    expect(result.data?.[operation] ?? null).toBeNull();
  });
});

describe('a malformed id is never a server error', () => {
  it('finds the ids to check', () => {
    expect(idCases.length).toBeGreaterThan(40);
  });

  it.each(idCases)('$label', async (testCase) => {
    const result = await callWith(testCase);
    const problems = (result.errors ?? []).filter((error) => {
      const code = error.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || !code) return true;
      return code === 'BAD_USER_INPUT' && !(error.extensions?.fields ?? []).length;
    });
    expect(problems).toEqual([]);
  });
});
