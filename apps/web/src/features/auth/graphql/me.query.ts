import { graphql } from '@web/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);
