import { graphql } from '@web/gql';

export const RecordAssessmentMutation = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);
