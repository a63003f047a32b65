import { graphql } from '@web/gql';

export const ImportRunFields = graphql(`
  fragment ImportRunFields on ImportRun {
    id
    kind
    fileName
    viaCommandLine
    appliedAt
    appliedByName
    unitName
    created
    updated
    unchanged
    deactivated
    undoableUntil
    undoneAt
    undoneByName
    undoStatus
    undoBlockedReason
  }
`);

export const ImportRunsQuery = graphql(`
  query ImportRuns($municipalityId: ID!) {
    importRuns(municipalityId: $municipalityId, first: 20) {
      ...ImportRunFields
    }
  }
`);
