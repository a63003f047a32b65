import { graphql } from '@web/gql';

export const UpdateCompetenceMutation = graphql(`
  mutation UpdateCompetence($input: UpdateCompetenceInput!) {
    updateCompetence(input: $input) {
      ...CompetenceFields
    }
  }
`);
