import { graphql } from '@web/gql';

// A catalogue entry as every view shows it, scale included (the assessment
// form offers the competence's own levels with their descriptions).
export const CompetenceFields = graphql(`
  fragment CompetenceFields on Competence {
    id
    name
    description
    buildingBlock
    area
    tags
    scale {
      level
      description
    }
    validityMonths
    active
    version
  }
`);
