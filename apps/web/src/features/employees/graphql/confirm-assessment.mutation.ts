import { graphql } from '@web/gql';

export const ConfirmAssessmentMutation = graphql(`
  mutation ConfirmAssessment($id: ID!) {
    confirmAssessment(id: $id) {
      ...AssessmentFields
    }
  }
`);
