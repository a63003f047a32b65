import { graphql } from '@web/gql';

export const UsersQuery = graphql(`
  query AdminUsers {
    users {
      ...AdminUserFields
    }
  }
`);
