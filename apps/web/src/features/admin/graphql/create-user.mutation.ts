import { graphql } from '@web/gql';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);
