import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getIntrospectionQuery, Lexer, parse, Source, TokenKind } from 'graphql';
import { FIELD_COSTS } from './query-cost';
import { measureOperation, QUERY_LIMITS, queryTooComplex } from './query-limits';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

function measure(query: string, variables?: Record<string, unknown>) {
  return measureOperation(schema, parse(query), undefined, variables);
}

/** Every operation the web app sends, as the GraphQL code generator wrote them down. */
function webDocuments(): Array<{ name: string; text: string }> {
  const generated = readFileSync(join(root, 'apps/web/src/gql/graphql.ts'), 'utf8');
  const pattern = /export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g;
  return [...generated.matchAll(pattern)].map((match) => ({ name: match[1], text: match[2] }));
}

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

describe('measureOperation', () => {
  it('counts fields, root fields, aliases and depth through fragments', () => {
    const { measure: m, exceeded } = measure(`
      query { a: me { email ...Roles } b: municipalities { id } }
      fragment Roles on Me { roles { role unitId } }`);
    expect(exceeded).toBeNull();
    expect(m).toMatchObject({ rootFields: 2, aliases: 2, fields: 7, depth: 3 });
  });

  it('costs a listed field its own cost plus its selection times the list size', () => {
    // employees: 5 + first × (edges 1 + node 1 + id 1)
    expect(measure('{ employees(first: 10) { edges { node { id } } } }').measure.cost).toBe(35);
    expect(
      measure('query ($n: Int!) { employees(first: $n) { edges { node { id } } } }', { n: 100 })
        .measure.cost,
    ).toBe(305);
    // retirementWave: 100 + years × (years 1)
    expect(measure('{ retirementWave(filter: { years: 4 }) { years } }').measure.cost).toBe(104);
    expect(measure('{ retirementWave { years } }').measure.cost).toBe(110);
  });

  it('sizes an out-of-range argument at its bound, so validation can name the field', () => {
    const huge = measure('{ retirementWave(filter: { years: 100000 }) { years } }');
    expect(huge.exceeded).toBeNull();
    expect(huge.measure.cost).toBe(100 + 20);
  });

  it('counts unknown size variables at their bound in worst-case mode', () => {
    const query = 'query ($n: Int) { employees(first: $n) { edges { node { id } } } }';
    const worst = measureOperation(schema, parse(query), undefined, undefined, { worstCase: true });
    expect(worst.measure.cost).toBe(5 + 500 * 3);
  });

  it('refuses 1,000 aliases of the gap engine by the number of root fields', () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: gapAnalysis { today }`).join(' ')} }`;
    expect(measure(query).exceeded).toEqual({
      limit: 'rootFields',
      max: QUERY_LIMITS.maxRootFields,
    });
  });

  it('refuses too many aliases deeper down', () => {
    const fields = Array.from({ length: 25 }, (_, i) => `e${i}: email`).join(' ');
    expect(measure(`{ me { ${fields} } }`).exceeded).toEqual({ limit: 'aliases', max: 20 });
  });

  it('refuses deep nesting (introspection not counted)', () => {
    const limits = { ...QUERY_LIMITS, maxDepth: 3 };
    const query = '{ employees { edges { node { unit { name } } } } }';
    expect(measureOperation(schema, parse(query), undefined, {}, { limits }).exceeded).toEqual({
      limit: 'depth',
      max: 3,
    });
    const introspection = '{ __schema { types { fields { type { ofType { name } } } } } }';
    expect(
      measureOperation(schema, parse(introspection), undefined, {}, { limits }).exceeded,
    ).toBeNull();
  });

  it('stops early on fragments that expand explosively', () => {
    const levels = Array.from(
      { length: 12 },
      (_, i) => `fragment F${i} on Me { ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ me { ...F0 } } ${levels.join(' ')} fragment F12 on Me { email name }`;
    const started = Date.now();
    const result = measure(query);
    expect(result.exceeded).toEqual({ limit: 'fields', max: QUERY_LIMITS.maxFields });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses the cost of long lists asked for many times', () => {
    const page = (i: number) =>
      `p${i}: employees(first: 500) { edges { node { id fullName fte unit { id name } municipality { id name } } } }`;
    const query = `{ ${Array.from({ length: 10 }, (_, i) => page(i)).join(' ')} }`;
    expect(measure(query).exceeded).toEqual({ limit: 'cost', max: QUERY_LIMITS.maxCost });
    expect(measure(`{ ${page(0)} }`).exceeded).toBeNull();
  });

  it('lets the standard introspection query through (development tools use it)', () => {
    expect(measure(getIntrospectionQuery()).exceeded).toBeNull();
  });

  it('names the limit in Norwegian with code QUERY_TOO_COMPLEX', () => {
    const error = queryTooComplex({ limit: 'rootFields', max: 10 });
    expect(error.message).toContain('høyst 10 felt på øverste nivå');
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'rootFields' });
  });
});

describe('the web app’s own documents', () => {
  const documents = webDocuments();

  it('are all found', () => {
    expect(documents.length).toBeGreaterThan(40);
  });

  // Worst case: every variable at the largest value the API accepts. Half the limit keeps
  // room for a page to grow a little before this test asks for a decision.
  it.each(documents)('$name stays well under every limit', ({ text }) => {
    const { measure: m, exceeded } = measureOperation(schema, parse(text), undefined, undefined, {
      worstCase: true,
    });
    expect(exceeded).toBeNull();
    expect(tokens(text)).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens / 2);
    expect(m.cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost / 2);
    expect(m.fields).toBeLessThanOrEqual(QUERY_LIMITS.maxFields / 2);
    expect(m.depth).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth - 2);
    expect(m.rootFields).toBeLessThanOrEqual(QUERY_LIMITS.maxRootFields / 2);
  });
});

describe('the cost table', () => {
  it('has a row for every query and mutation, so a new one says what it costs', () => {
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((field) => `${type?.name}.${field}`),
    );
    expect(operations.filter((operation) => !FIELD_COSTS[operation])).toEqual([]);
  });

  it('names only fields that exist', () => {
    const missing = Object.keys(FIELD_COSTS).filter((key) => {
      const [typeName, field] = key.split('.');
      const type = schema.getType(typeName);
      return !type || !('getFields' in type) || !(field in type.getFields());
    });
    expect(missing).toEqual([]);
  });
});
