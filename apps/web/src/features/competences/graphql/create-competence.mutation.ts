import { graphql } from '@web/gql';

export const CreateCompetenceMutation = graphql(`
  mutation CreateCompetence($input: CreateCompetenceInput!) {
    createCompetence(input: $input) {
      ...CompetenceFields
    }
  }
`);
