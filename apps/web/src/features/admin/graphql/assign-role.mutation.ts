import { graphql } from '@web/gql';

export const AssignRoleMutation = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      ...AdminUserFields
    }
  }
`);
