import { graphql } from '@web/gql';

export const CompleteAppraisalMutation = graphql(`
  mutation CompleteAppraisal($input: CompleteAppraisalInput!) {
    completeAppraisal(input: $input) {
      ...AppraisalRecordFields
    }
  }
`);
