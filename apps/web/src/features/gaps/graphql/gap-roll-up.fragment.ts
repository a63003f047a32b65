import { graphql } from '@web/gql';

// One competence × measure × horizon for a scope (the region, a municipality or a unit).
export const GapRollUpFields = graphql(`
  fragment GapRollUpFields on GapRollUp {
    scopeId
    scopeLevel
    municipalityId
    unitId
    municipality {
      id
      name
    }
    unit {
      id
      name
    }
    competenceId
    competence {
      id
      name
      area
    }
    measure
    horizon
    horizonDate
    priority
    required
    requirementCount
    gap {
      ...GapFigure
    }
    covered {
      ...GapFigure
    }
    expected {
      ...GapFigure
    }
    surplus {
      ...GapFigure
    }
    coverage {
      ...GapFigure
    }
  }
`);
