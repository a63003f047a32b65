import { graphql } from '@web/gql';

export const CompetencesQuery = graphql(`
  query Competences($filter: CompetenceFilter) {
    competences(filter: $filter) {
      ...CompetenceFields
    }
  }
`);
