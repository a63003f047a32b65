import { graphql } from '@web/gql';

export const KostraComparisonQuery = graphql(`
  query KostraComparison($municipalityId: ID!) {
    kostraComparison(municipalityId: $municipalityId) {
      municipalityId
      municipalityName
      kostraGroup
      regionNote
      indicators {
        indicator {
          code
          label
          unit
          decimals
          tableId
          notes
        }
        years
        series {
          kind
          code
          label
          computed
          points {
            year
            value
            status
            basis
          }
        }
      }
    }
  }
`);

export const KostraOwnFigureQuery = graphql(`
  query KostraOwnFigure($municipalityId: ID!) {
    kostraOwnFigure(municipalityId: $municipalityId) {
      municipalityId
      indicatorCode
      asOf
      ownValue
      suppressed
      ownFte
      ssbYear
      ssbValue
      ssbStatus
      decimals
      explanation
    }
  }
`);
