import { graphql } from '@web/gql';

// The active catalogue with level names, for the form's pickers (the catalogue
// feature's own query leaves the short level names out).
export const AppraisalCatalogueQuery = graphql(`
  query AppraisalCatalogue {
    competences {
      ...AppraisalCompetenceFields
    }
  }
`);
