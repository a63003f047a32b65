import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import { FIELD_COSTS, type FieldCost } from './query-cost';

/**
 * Limits on the shape and cost of one GraphQL request, checked before anything runs. The
 * numbers are about ten times what the web app's largest document needs (a test computes
 * every document the web app sends), so a real page never meets them and a hostile request
 * (1,000 aliases of the gap engine, a fragment that expands a million times) is refused in
 * milliseconds. docs/limits.md explains each.
 */
export interface QueryLimits {
  /** Lexical tokens in the document; enforced by the parser, before validation. */
  maxTokens: number;
  /** Fields at the top level, aliases included: `a: gapAnalysis b: gapAnalysis` is 2. */
  maxRootFields: number;
  /** Aliased fields anywhere in the operation. */
  maxAliases: number;
  /** Fields in the operation after fragments are expanded. */
  maxFields: number;
  /** Nesting of fields (the root field is depth 1; introspection is not counted). */
  maxDepth: number;
  /** The cost of the operation (query-cost.ts). */
  maxCost: number;
}

export const QUERY_LIMITS: QueryLimits = {
  maxTokens: 2_000,
  maxRootFields: 10,
  maxAliases: 20,
  maxFields: 1_000,
  maxDepth: 12,
  maxCost: 30_000,
};

export type LimitName = 'tokens' | 'rootFields' | 'aliases' | 'fields' | 'depth' | 'cost';

export interface QueryMeasure {
  rootFields: number;
  aliases: number;
  fields: number;
  depth: number;
  cost: number;
}

export interface LimitExceeded {
  limit: LimitName;
  max: number;
}

const MAX_OF: Record<Exclude<LimitName, 'tokens'>, keyof QueryLimits> = {
  rootFields: 'maxRootFields',
  aliases: 'maxAliases',
  fields: 'maxFields',
  depth: 'maxDepth',
  cost: 'maxCost',
};

function usesVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(usesVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => usesVariable(field.value));
  return false;
}

class Exceeded extends Error {
  constructor(readonly limit: Exclude<LimitName, 'tokens'>) {
    super(limit);
  }
}

export interface MeasureOptions {
  limits?: QueryLimits;
  /**
   * Variables are not known (a document on its own, as the web app's tests see it): size
   * arguments count at their upper bound.
   */
  worstCase?: boolean;
  costs?: Record<string, FieldCost>;
}

/**
 * Measures one operation of a validated document. Stops at the first limit passed, so a
 * document whose fragments expand explosively costs no more to measure than the limit itself.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  options: MeasureOptions = {},
): { measure: QueryMeasure; exceeded: LimitExceeded | null } {
  const limits = options.limits ?? QUERY_LIMITS;
  const costs = options.costs ?? FIELD_COSTS;
  const worstCase = options.worstCase ?? false;
  const measure: QueryMeasure = { rootFields: 0, aliases: 0, fields: 0, depth: 0, cost: 0 };
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return { measure, exceeded: null };
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { measure, exceeded: null };

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }

  const check = (name: Exclude<LimitName, 'tokens'>, value: number) => {
    if (value > limits[MAX_OF[name]]) throw new Exceeded(name);
  };

  const argumentsOf = (field: GraphQLField<unknown, unknown>, node: FieldNode) => {
    // unknown variables: every size argument counts at its bound
    if (worstCase && node.arguments?.some((argument) => usesVariable(argument.value))) return {};
    try {
      return getArgumentValues(field, node, variables ?? {}) as Record<string, unknown>;
    } catch {
      // invalid or missing variables are reported by execution; size them as unknown
      return {};
    }
  };

  const fieldOf = (parent: GraphQLNamedType, name: string) => {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };

  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType,
    depth: number,
    introspection: boolean,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type) cost += walk(fragment.selectionSet, type, depth, introspection);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type) cost += walk(selection.selectionSet, type, depth, introspection);
        continue;
      }
      const name = selection.name.value;
      const field = fieldOf(parent, name);
      if (!field) continue; // unknown fields are refused by validation
      measure.fields += 1;
      check('fields', measure.fields);
      if (selection.alias) {
        measure.aliases += 1;
        check('aliases', measure.aliases);
      }
      if (depth === 1) {
        measure.rootFields += 1;
        check('rootFields', measure.rootFields);
      }
      const inIntrospection =
        introspection || field === SchemaMetaFieldDef || field === TypeMetaFieldDef;
      if (!inIntrospection) {
        measure.depth = Math.max(measure.depth, depth);
        check('depth', measure.depth);
      }
      if (field === TypeNameMetaFieldDef) continue;
      const rule = costs[`${parent.name}.${name}`];
      const children = selection.selectionSet
        ? walk(selection.selectionSet, getNamedType(field.type), depth + 1, inIntrospection)
        : 0;
      const size = rule?.listSize ? rule.listSize(argumentsOf(field, selection), worstCase) : 1;
      cost += (rule?.cost ?? 1) + size * children;
      // a part costs no more than the whole: stop as soon as any part passes the limit
      check('cost', cost);
    }
    return cost;
  };

  try {
    measure.cost = walk(operation.selectionSet, rootType, 1, false);
    return { measure, exceeded: null };
  } catch (error) {
    if (error instanceof Exceeded) {
      return { measure, exceeded: { limit: error.limit, max: limits[MAX_OF[error.limit]] } };
    }
    throw error;
  }
}

function count(value: number): string {
  return value.toLocaleString('nb-NO');
}

const DESCRIBE: Record<LimitName, (max: number) => string> = {
  tokens: (max) =>
    `Forespørselen er for lang: høyst ${count(max)} symboler. Del den opp i flere forespørsler.`,
  rootFields: (max) =>
    `Forespørselen ber om for mye på én gang: høyst ${count(max)} felt på øverste nivå (aliaser medregnet). Del den opp i flere forespørsler.`,
  aliases: (max) =>
    `Forespørselen har for mange aliaser: høyst ${count(max)}. Del den opp i flere forespørsler.`,
  fields: (max) =>
    `Forespørselen ber om for mange felt: høyst ${count(max)} i alt, fragmenter medregnet.`,
  depth: (max) => `Forespørselen er nestet for dypt: høyst ${count(max)} nivåer.`,
  cost: (max) =>
    `Forespørselen er for krevende: kostnaden kan være høyst ${count(max)}. Be om færre felt, færre år eller måneder, eller kortere lister, eller del den opp.`,
};

/** The error a refused request gets: 400, code QUERY_TOO_COMPLEX, the limit by name and number. */
export function queryTooComplex(exceeded: LimitExceeded): GraphQLError {
  return new GraphQLError(DESCRIBE[exceeded.limit](exceeded.max), {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      limit: exceeded.limit,
      max: exceeded.max,
      http: { status: 400 },
    },
  });
}

/** graphql-js's message when the parser stops at maxTokens (16.x writes "more that"). */
export function isTokenLimitError(message: string): boolean {
  return /Document contains more th[ae][nt] \d+ tokens/.test(message);
}
