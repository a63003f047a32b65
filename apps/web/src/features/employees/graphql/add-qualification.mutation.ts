import { graphql } from '@web/gql';

export const AddQualificationMutation = graphql(`
  mutation AddQualification($input: AddQualificationInput!) {
    addQualification(input: $input) {
      id
      title
    }
  }
`);
