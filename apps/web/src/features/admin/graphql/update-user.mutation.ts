import { graphql } from '@web/gql';

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...AdminUserFields
    }
  }
`);
