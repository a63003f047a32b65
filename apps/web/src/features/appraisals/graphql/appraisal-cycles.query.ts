import { graphql } from '@web/gql';

export const AppraisalCyclesQuery = graphql(`
  query AppraisalCycles($municipalityId: ID) {
    appraisalCycles(municipalityId: $municipalityId) {
      ...AppraisalCycleFields
    }
  }
`);
