import { graphql } from '@web/gql';

export const MunicipalitiesQuery = graphql(`
  query Municipalities {
    municipalities {
      id
      number
      name
      kostraGroup
      unitCount
      units {
        ...OrganisationUnit
      }
    }
  }
`);
