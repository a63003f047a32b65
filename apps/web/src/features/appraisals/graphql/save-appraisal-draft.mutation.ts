import { graphql } from '@web/gql';

// Autosave: the whole form each time. The answer is small on purpose; the form
// keeps its own state and only needs the id, the new version and the time.
export const SaveAppraisalDraftMutation = graphql(`
  mutation SaveAppraisalDraft($input: SaveAppraisalDraftInput!) {
    saveAppraisalDraft(input: $input) {
      id
      version
      status
      updatedAt
      updatedByName
    }
  }
`);
