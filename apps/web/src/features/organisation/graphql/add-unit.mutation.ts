import { graphql } from '@web/gql';

export const AddUnitMutation = graphql(`
  mutation AddUnit($input: AddUnitInput!) {
    addUnit(input: $input) {
      ...OrganisationUnit
    }
  }
`);
