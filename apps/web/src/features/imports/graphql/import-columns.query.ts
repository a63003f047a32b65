import { graphql } from '@web/gql';

export const ImportColumnsQuery = graphql(`
  query ImportColumns($kind: ImportKind!) {
    importColumns(kind: $kind) {
      field
      header
      required
      alsoAccepted
      description
      example
    }
  }
`);
