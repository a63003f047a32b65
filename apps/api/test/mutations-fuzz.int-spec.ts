import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { Client } from 'pg';
import { as, DEMO_PASSWORD, type GraphQLResponse } from './support/api-client';
import { startApi, type ApiProcess } from './support/api-process';
import { closeDb } from './support/database';
import { isolatedDatabase } from './support/isolated-database';
import { createPolicyFixtures, type PolicyFixtures } from './support/policy-fixtures';
import { PROBES } from './support/policy-probes';
import {
  callerFor,
  committedSchema,
  operationDocument,
  operations,
  type Path,
  type Slot,
  slots,
  USERS,
  validArguments,
  withValue,
} from './support/schema-walk';

/**
 * Property-based fuzzing of every mutation the schema has (new ones are picked up from
 * schema.gql), as a role that may call it: starting from a valid call (the policy probe's),
 * one to three arguments or input fields at any depth get hostile or nearly valid values —
 * huge, negative and fractional numbers, text with NUL and other control characters, very long
 * and odd Unicode text, malformed, unknown and out-of-scope ids, impossible dates, wrong types,
 * long lists. Whatever comes back must not be a server error, a refusal of bad input must name
 * a field, and a refused call must leave every table as it was.
 *
 * It runs on an API and a database of its own, so that nothing else writes while it compares
 * the tables. KP_FUZZ_RUNS sets the calls per mutation (default 5); KP_FUZZ_SEED repeats a run.
 */
const RUNS = Number(process.env.KP_FUZZ_RUNS || 5);
const SEED = process.env.KP_FUZZ_SEED ? Number(process.env.KP_FUZZ_SEED) : undefined;
const schema = committedSchema();
const mutations = operations(schema, 'mutation');

/** Tables a refused call may legitimately write: who tried what, sessions, throttling. */
const UNTRACKED = /audit|session|throttle|oidc_login|schema_migration|region_data_version/;

let api: ApiProcess;
let databaseUrl: string;
let fixtures: PolicyFixtures;
let tables: Client;
const saved = { api: process.env.KP_TEST_API_URL, db: process.env.KP_TEST_DATABASE_URL };

beforeAll(async () => {
  databaseUrl = await isolatedDatabase();
  api = await startApi({ DATABASE_URL: databaseUrl, KP_SEED_DEMO: 'false' });
  // the probes, the factories and the client helpers talk to this API and database
  process.env.KP_TEST_API_URL = api.url;
  process.env.KP_TEST_DATABASE_URL = databaseUrl;
  fixtures = await createPolicyFixtures();
  tables = new Client({ connectionString: databaseUrl });
  await tables.connect();
}, 300_000);

afterAll(async () => {
  await tables?.end();
  await closeDb();
  await api?.stop('SIGTERM');
  process.env.KP_TEST_API_URL = saved.api;
  process.env.KP_TEST_DATABASE_URL = saved.db;
});

/**
 * Every tracked table's row count and newest row version (xmin): any committed insert, update
 * or delete changes one of them, so equal means nothing was written.
 */
async function fingerprint(): Promise<Record<string, string>> {
  const { rows } = await tables.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const tracked = rows.map((row) => row.tablename).filter((name) => !UNTRACKED.test(name));
  const parts = tracked.map(
    (name) =>
      `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS print FROM "${name}"`,
  );
  const result = await tables.query<{ name: string; print: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(result.rows.map((row) => [row.name, row.print]));
}

const HOSTILE_TEXT = [
  '',
  '   ',
  '\u0000',
  'a\u0000b',
  'bell\u0007',
  'tab\tand\nnewline',
  '\u202Eevil',
  '\u200B',
  '\uFFFF',
  '\uD800',
  '😀'.repeat(300),
  "'; DROP TABLE employee; --",
  '<script>alert(1)</script>',
  'x'.repeat(20_000),
  'Æøå ÆØÅ',
  '0001-01-01',
  '9999-12-31',
  '1900-01-01',
  '2999-01-01',
  '2024-02-30',
  '2024-13-01',
  '01.01.2024',
  'yesterday',
  'NaN',
  '-1',
];

const HOSTILE_NUMBERS = [
  0, -1, 1, 0.5, -0.0001, 1e-9, 99.999, 100.001, 2_147_483_647, -2_147_483_648, 1e300, -1e300,
];

function idPool(): string[] {
  return [
    fixtures.unitIn,
    fixtures.unitOut,
    fixtures.employeeIn,
    fixtures.employeeOut,
    fixtures.municipalityIn,
    fixtures.municipalityOut,
    fixtures.foreignMunicipalityId,
    fixtures.foreignUserId,
    fixtures.foreignRoleId,
    fixtures.competenceId,
    '00000000-0000-0000-0000-000000000000',
    'not-a-uuid',
    '',
    '12345',
  ];
}

/** A hostile or nearly valid value for a slot of the given type. */
function hostile(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const wrongType = fc.constantFrom<unknown>(null, 'x', 12, true, {}, []);
  if (isListType(inner)) {
    return fc.oneof(
      fc.constant([]),
      fc.array(hostile(inner.ofType), { maxLength: 4 }),
      fc.constant(Array.from({ length: 600 }, () => randomUUID())),
      wrongType,
    );
  }
  const named = getNamedType(inner);
  if (isEnumType(named)) {
    return fc.oneof(
      fc.constantFrom(...named.getValues().map((v) => v.value)),
      fc.constant('NOT_A_VALUE'),
      wrongType,
    );
  }
  if (isInputObjectType(named)) return fc.oneof(fc.constant({}), wrongType);
  switch (named.name) {
    case 'Int':
      return fc.oneof(
        fc.constantFrom(...HOSTILE_NUMBERS.filter(Number.isInteger)),
        fc.integer(),
        wrongType,
      );
    case 'Float':
      return fc.oneof(
        fc.constantFrom(...HOSTILE_NUMBERS),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('NaN', 'Infinity', '1e999'),
        wrongType,
      );
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0, null));
    case 'ID':
      return fc.oneof(
        fc.constantFrom(...idPool()),
        fc.uuid(),
        fc.string({ maxLength: 40 }),
        wrongType,
      );
    default:
      return fc.oneof(
        fc.constantFrom(...HOSTILE_TEXT),
        fc.string({ maxLength: 60, unit: 'binary' }),
        fc.string({ maxLength: 30 }).map((s) => `${s}\u0000${s}`),
        wrongType,
      );
  }
}

interface Change {
  path: Path;
  value: unknown;
}

function changes(available: Slot[]): fc.Arbitrary<Change[]> {
  const one = fc
    .constantFrom(...available)
    .chain((slot) => hostile(slot.type).map((value) => ({ path: slot.path, value })));
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

async function call(
  document: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ status: number; body: GraphQLResponse<Record<string, unknown>> }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: { errors: [{ message: text }] } };
  }
}

async function freshSession(email: string): Promise<Record<string, string>> {
  const { body } = await call(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
    {},
  );
  const token = (body.data?.login as { token: string } | undefined)?.token;
  if (!token) throw new Error(`Sign-in failed: ${JSON.stringify(body.errors)}`);
  return { authorization: `Bearer ${token}` };
}

describe('fuzzing every mutation', () => {
  it('covers every mutation of the schema', () => {
    expect(mutations.map((m) => m.name).filter((name) => !PROBES[name])).toEqual([]);
    expect(mutations.length).toBeGreaterThan(25);
  });

  it.each(mutations.map((m) => m.name))(
    '%s: no server error, bad input named, nothing written when refused',
    async (name) => {
      const field = mutations.find((m) => m.name === name)!;
      const role = callerFor(name);
      const available = slots(field.args);
      if (available.length === 0)
        available.push({ path: ['__none'], type: schema.getType('String') as GraphQLInputType });
      const document = operationDocument('mutation', field);
      const problems: string[] = [];

      await fc
        .assert(
          fc.asyncProperty(changes(available), async (list) => {
            let args = await validArguments(name, fixtures, role);
            for (const change of list) {
              if (change.path[0] === '__none') continue;
              args = withValue(args, field, change.path, change.value);
            }
            const headers =
              role === null
                ? {}
                : PROBES[name].freshSession
                  ? await freshSession(USERS[role])
                  : (await as(USERS[role], api.url)).headers;
            const before = await fingerprint();
            const { status, body } = await call(document, args, headers);
            const errors = body.errors ?? [];
            const described = `${name} ${JSON.stringify(list).slice(0, 400)} → ${status} ${JSON.stringify(errors).slice(0, 400)}`;
            if (status >= 500) problems.push(`HTTP ${status}: ${described}`);
            for (const error of errors) {
              const code = error.extensions?.code;
              if (!code || code === 'INTERNAL_SERVER_ERROR')
                problems.push(`server error: ${described}`);
              if (code === 'BAD_USER_INPUT' && !(error.extensions?.fields ?? []).length) {
                problems.push(`bad input without a field: ${described}`);
              }
            }
            const refused = errors.length > 0 && (body.data?.[name] ?? null) === null;
            if (refused) {
              const after = await fingerprint();
              const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
              if (changed.length)
                problems.push(`refused but wrote ${changed.join(', ')}: ${described}`);
            }
            return problems.length === 0;
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        )
        .catch((error: Error) => {
          throw new Error(
            `${problems.join('\n')}\n${error.message.split('\n').slice(0, 4).join('\n')}`,
          );
        });
    },
    300_000,
  );
});
