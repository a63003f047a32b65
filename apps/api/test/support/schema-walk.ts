import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  parse,
  valueFromASTUntyped,
} from 'graphql';
import { POLICY } from '../../src/auth/policy';
import { Role } from '../../src/auth/roles';
import { DEMO } from './api-client';
import type { PolicyFixtures } from './policy-fixtures';
import { PROBES } from './policy-probes';

/**
 * The committed schema (schema-contract.int-spec.ts proves it is the served one), read when the
 * test file loads so every operation becomes a test of its own.
 */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
}

export type OperationKind = 'query' | 'mutation';

export function operations(
  schema: GraphQLSchema,
  kind: OperationKind,
): Array<GraphQLField<unknown, unknown>> {
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {});
}

export const USERS: Record<Role, string> = {
  [Role.UNIT_LEADER]: DEMO.leaderHomeCareGjovik,
  [Role.MUNICIPALITY_HR]: DEMO.hrGjovik,
  [Role.REGIONAL_COORDINATOR]: DEMO.coordinator,
  [Role.BOARD_MEMBER]: DEMO.board,
  [Role.REGION_ADMIN]: DEMO.admin,
};

/** A role that may call the operation (the first in its policy row), or null for public ones. */
export function callerFor(operation: string): Role | null {
  const policy = POLICY[operation];
  if (!policy) throw new Error(`${operation} has no row in the policy table`);
  return policy.roles === 'PUBLIC' ? null : policy.roles[0];
}

/** A document calling the operation with every argument as a variable, selecting little. */
export function operationDocument(
  kind: OperationKind,
  field: GraphQLField<unknown, unknown>,
): string {
  // an argument with a default takes a nullable variable, so leaving the variable out uses it
  const variables = field.args.map(
    (arg) =>
      `$${arg.name}: ${(arg.defaultValue !== undefined && isNonNullType(arg.type) ? arg.type.ofType : arg.type).toString()}`,
  );
  const argumentList = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const head = variables.length ? `(${variables.join(', ')})` : '';
  const call = argumentList.length ? `(${argumentList.join(', ')})` : '';
  return `${kind}${head} { ${field.name}${call}${selection} }`;
}

/**
 * The arguments of a call that gets through for the given role, in scope: the policy probe's,
 * read back from its document and variables (which may be written as literals or variables).
 */
export async function validArguments(
  operation: string,
  fixtures: PolicyFixtures,
  role: Role | null,
): Promise<Record<string, unknown>> {
  const probe = PROBES[operation];
  if (!probe) throw new Error(`${operation} has no policy probe`);
  const variables = await probe.variables(fixtures, 'in', role);
  const definition = parse(probe.document).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const root = definition?.selectionSet.selections.find(
    (s) => s.kind === Kind.FIELD && s.name.value === operation,
  );
  if (!root || root.kind !== Kind.FIELD)
    throw new Error(`${operation}: the probe calls something else`);
  return Object.fromEntries(
    (root.arguments ?? []).map((arg) => [
      arg.name.value,
      valueFromASTUntyped(arg.value, variables),
    ]),
  );
}

/** The smallest value the type accepts (required fields filled in), to reach a nested field. */
export function placeholder(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, placeholder(field.type)]),
    );
  }
  switch (named.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return randomUUID();
    default:
      return 'x';
  }
}

export type Path = Array<string | number>;

export interface Slot {
  /** From the argument: ['filter', 'years'], ['input', 'content', 'agreedActions', 0, 'dueOn']. */
  path: Path;
  type: GraphQLInputType;
}

/** Every argument and input field, at any depth (list items through their first element). */
export function slots(args: readonly GraphQLArgument[], depth = 5): Slot[] {
  const found: Slot[] = [];
  const visit = (type: GraphQLInputType, path: Path, left: number) => {
    found.push({ path, type });
    if (left === 0) return;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      visit(inner.ofType, [...path, 0], left - 1);
      return;
    }
    const named = getNamedType(inner);
    if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields())) {
        visit(field.type, [...path, field.name], left - 1);
      }
    }
  };
  for (const arg of args) visit(arg.type, [arg.name], depth);
  return found;
}

/** A copy of `args` with `value` at `path`, making the objects and lists on the way. */
export function withValue(
  args: Record<string, unknown>,
  field: GraphQLField<unknown, unknown>,
  path: Path,
  value: unknown,
): Record<string, unknown> {
  const root = structuredClone(args);
  let container: Record<string | number, unknown> = root;
  let type: GraphQLInputType | undefined = field.args.find((a) => a.name === path[0])?.type;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i];
    // a value an earlier change made a number or a string cannot hold fields: start afresh
    if (typeof container[key] !== 'object' || container[key] === null) {
      container[key] = type ? placeholder(type) : {};
    }
    if (Array.isArray(container[key]) && (container[key] as unknown[]).length === 0 && type) {
      const inner = isNonNullType(type) ? type.ofType : type;
      if (isListType(inner)) (container[key] as unknown[]).push(placeholder(inner.ofType));
    }
    container = container[key] as Record<string | number, unknown>;
    type = nextType(type, path[i + 1]);
  }
  container[path[path.length - 1]] = value;
  return root;
}

function nextType(
  type: GraphQLInputType | undefined,
  key: string | number,
): GraphQLInputType | undefined {
  if (!type) return undefined;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return typeof key === 'number' ? inner.ofType : undefined;
  const named = getNamedType(inner);
  return isInputObjectType(named) ? named.getFields()[String(key)]?.type : undefined;
}

/** The path as the API names fields in its errors: from below the argument, `.`-joined. */
export function fieldName(path: Path): string {
  return path.slice(1).join('.') || String(path[0]);
}
