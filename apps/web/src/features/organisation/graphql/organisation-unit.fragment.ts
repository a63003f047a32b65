import { graphql } from '@web/gql';

// The unit fields every view needs; the query and the mutation spread it, so a
// unit from `addUnit` has the same shape as one from `municipalities`.

export const OrganisationUnitFields = graphql(`
  fragment OrganisationUnit on Unit {
    id
    name
    kind
    parentId
    municipalityId
    serviceType
  }
`);
