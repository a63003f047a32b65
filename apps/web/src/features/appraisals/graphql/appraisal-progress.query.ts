import { graphql } from '@web/gql';

// One row per scope the user holds: a leader's unit, HR's municipality.
export const AppraisalProgressQuery = graphql(`
  query AppraisalProgress($cycleId: ID, $dueWithinDays: Int!) {
    appraisalProgress(cycleId: $cycleId, dueWithinDays: $dueWithinDays) {
      scopeName
      unitId
      municipalityId
      employeeCount
      completedCount
      draftCount
      notStartedCount
      completedShare
      overdue
      daysUntilClose
      pacePerWeek
      cycle {
        ...AppraisalCycleFields
      }
      pending {
        employeeId
        appraisalId
        status
        overdue
        urgency
        employee {
          id
          fullName
          positionTitle
          unit {
            id
            name
          }
        }
      }
    }
  }
`);
