import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { gqlOk } from './support/api-client';

const committedPath = join(__dirname, '..', 'schema.gql');

describe('the committed schema.gql', () => {
  it('is exactly the schema the API serves (run `npm run schema` after changing it)', async () => {
    const introspection = await gqlOk<IntrospectionQuery>(getIntrospectionQuery());
    const served = printSchema(lexicographicSortSchema(buildClientSchema(introspection)));
    const committed = printSchema(
      lexicographicSortSchema(buildSchema(readFileSync(committedPath, 'utf8'))),
    );
    expect(served).toBe(committed);
  });
});
