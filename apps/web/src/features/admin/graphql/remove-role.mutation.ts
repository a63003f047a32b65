import { graphql } from '@web/gql';

export const RemoveRoleMutation = graphql(`
  mutation RemoveRole($roleAssignmentId: ID!) {
    removeRole(roleAssignmentId: $roleAssignmentId) {
      ...AdminUserFields
    }
  }
`);
