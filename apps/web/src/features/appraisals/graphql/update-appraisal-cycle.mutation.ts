import { graphql } from '@web/gql';

export const UpdateAppraisalCycleMutation = graphql(`
  mutation UpdateAppraisalCycle($input: UpdateAppraisalCycleInput!) {
    updateAppraisalCycle(input: $input) {
      ...AppraisalCycleFields
    }
  }
`);
