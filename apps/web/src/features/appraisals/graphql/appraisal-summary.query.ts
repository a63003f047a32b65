import { graphql } from '@web/gql';

export const AppraisalSummaryQuery = graphql(`
  query AppraisalSummary($id: ID!) {
    appraisalSummary(id: $id) {
      appraisalId
      title
      statusText
      employeeName
      unitName
      municipalityName
      cycleName
      sections {
        heading
        lines
      }
    }
  }
`);
