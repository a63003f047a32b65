import { graphql } from '@web/gql';

export const CreateAppraisalCycleMutation = graphql(`
  mutation CreateAppraisalCycle($input: CreateAppraisalCycleInput!) {
    createAppraisalCycle(input: $input) {
      ...AppraisalCycleFields
    }
  }
`);
