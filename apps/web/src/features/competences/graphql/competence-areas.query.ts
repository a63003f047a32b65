import { graphql } from '@web/gql';

export const CompetenceAreasQuery = graphql(`
  query CompetenceAreas {
    competenceAreas
  }
`);
