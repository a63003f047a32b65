import { graphql } from '@web/gql';

export const GapHeatmapQuery = graphql(`
  query GapHeatmap($filter: GapFilter, $horizon: Horizon!) {
    gapHeatmap(filter: $filter, horizon: $horizon) {
      horizon
      horizonDate
      suppressionApplied
      rows {
        id
        name
        level
      }
      competences {
        id
        name
        area
      }
      cells {
        scopeId
        competenceId
        measure
        required
        gap {
          ...GapFigure
        }
        coverage {
          ...GapFigure
        }
      }
      totals {
        scopeId
        competenceId
        measure
        required
        gap {
          ...GapFigure
        }
        coverage {
          ...GapFigure
        }
      }
    }
  }
`);
