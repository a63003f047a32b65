import { graphql } from '@web/gql';

export const UndoImportRunMutation = graphql(`
  mutation UndoImportRun($runId: ID!) {
    undoImportRun(runId: $runId) {
      employeesRestored
      employeesRemoved
      qualificationsRemoved
      assessmentsRemoved
      run {
        ...ImportRunFields
      }
    }
  }
`);
