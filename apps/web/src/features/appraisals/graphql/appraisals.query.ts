import { graphql } from '@web/gql';

// Signed-off talks of a cycle, for the list under the progress.
export const AppraisalsQuery = graphql(`
  query Appraisals($filter: AppraisalFilter) {
    appraisals(filter: $filter) {
      id
      employeeId
      status
      completedAt
      completedByName
      employee {
        id
        fullName
        unit {
          id
          name
        }
      }
    }
  }
`);
