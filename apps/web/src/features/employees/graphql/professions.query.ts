import { graphql } from '@web/gql';

export const ProfessionsQuery = graphql(`
  query Professions {
    professions {
      code
      name
    }
  }
`);
