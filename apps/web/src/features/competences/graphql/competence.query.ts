import { graphql } from '@web/gql';

export const CompetenceQuery = graphql(`
  query Competence($id: ID!) {
    competence(id: $id) {
      ...CompetenceFields
    }
  }
`);
