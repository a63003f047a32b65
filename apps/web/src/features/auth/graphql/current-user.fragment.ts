import { graphql } from '@web/gql';

// What the web app needs to know about the signed-in user: who it is and which
// roles it holds in which scope (navigation and actions follow the roles).
export const CurrentUserFields = graphql(`
  fragment CurrentUser on Me {
    id
    email
    name
    regionId
    roles {
      role
      municipalityId
      unitId
    }
  }
`);
