import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root: `npx graphql-codegen --config apps/web/codegen.ts`.
// Documents are plain strings at run time (documentMode: 'string'), so the
// bundle needs no `graphql` package; the types come from the API's schema.gql.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
