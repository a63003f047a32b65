import { graphql } from '@web/gql';

export const AmendAppraisalMutation = graphql(`
  mutation AmendAppraisal($input: AmendAppraisalInput!) {
    amendAppraisal(input: $input) {
      ...AppraisalRecordFields
    }
  }
`);
