import { graphql } from '@web/gql';

// Opens the form: this cycle's record, or a proposal pre-filled from last year's
// talk and the current assessments, with last year's talk to look back at.
export const AppraisalDraftQuery = graphql(`
  query AppraisalDraft($employeeId: ID!, $cycleId: ID) {
    appraisalDraft(employeeId: $employeeId, cycleId: $cycleId) {
      employeeId
      employee {
        id
        fullName
        positionTitle
        active
        unit {
          id
          name
        }
        municipality {
          id
          name
        }
      }
      cycle {
        ...AppraisalCycleFields
      }
      appraisal {
        ...AppraisalRecordFields
      }
      content {
        ...AppraisalContentFields
      }
      previous {
        id
        completedAt
        completedByName
        cycle {
          id
          name
        }
        content {
          ...AppraisalContentFields
        }
      }
    }
  }
`);
