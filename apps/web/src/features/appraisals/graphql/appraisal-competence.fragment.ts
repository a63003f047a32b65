import { graphql } from '@web/gql';

// What the form needs of a competence on a line: its name for the pickers and
// its own level scale (with descriptions) for the level choices.
export const AppraisalCompetenceFields = graphql(`
  fragment AppraisalCompetenceFields on Competence {
    id
    name
    area
    active
    scale {
      level
      name
      description
    }
  }
`);
