import { graphql } from '@web/gql';

export const MobilisationOptionsQuery = graphql(`
  query MobilisationOptions($filter: GapFilter) {
    mobilisationOptions(filter: $filter) {
      competenceId
      competence {
        id
        name
      }
      horizon
      measure
      from {
        requirementId
        municipalityId
        unitId
        unit {
          id
          name
        }
        minLevel
        amount {
          ...GapFigure
        }
      }
      to {
        requirementId
        municipalityId
        unitId
        unit {
          id
          name
        }
        minLevel
        priority
        amount {
          ...GapFigure
        }
      }
      transferable {
        ...GapFigure
      }
    }
  }
`);
