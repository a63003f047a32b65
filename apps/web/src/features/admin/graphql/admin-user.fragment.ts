import { graphql } from '@web/gql';

// A user as the administration pages show it: every mutation answers with the
// same shape, so the list can be updated from the answer.
export const AdminUserFields = graphql(`
  fragment AdminUserFields on AdminUser {
    id
    email
    name
    active
    hasPassword
    version
    roles {
      id
      role
      municipalityId
      unitId
      scopeName
    }
  }
`);
