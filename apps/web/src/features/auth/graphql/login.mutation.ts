import { graphql } from '@web/gql';

// The web app relies on the session cookie the API sets; the bearer token in
// the answer is for API clients and is not asked for.
export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      me {
        ...CurrentUser
      }
    }
  }
`);
