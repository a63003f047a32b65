import { graphql } from '@web/gql';

// A saved record: what the form keeps (id, version) and what the read-only view shows.
export const AppraisalRecordFields = graphql(`
  fragment AppraisalRecordFields on Appraisal {
    id
    employeeId
    cycleId
    status
    version
    createdAt
    updatedAt
    updatedByName
    completedAt
    completedByName
    content {
      ...AppraisalContentFields
    }
    amendments {
      id
      note
      amendedAt
      amendedByName
    }
  }
`);
