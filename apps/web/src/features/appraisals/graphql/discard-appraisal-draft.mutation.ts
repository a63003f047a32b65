import { graphql } from '@web/gql';

export const DiscardAppraisalDraftMutation = graphql(`
  mutation DiscardAppraisalDraft($id: ID!, $version: Int!) {
    discardAppraisalDraft(id: $id, version: $version)
  }
`);
