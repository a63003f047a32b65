import { graphql } from '@web/gql';

export const GapAnalysisQuery = graphql(`
  query GapAnalysis($filter: GapFilter, $breakdown: GapBreakdown) {
    gapAnalysis(filter: $filter, breakdown: $breakdown) {
      today
      scopeId
      scopeLevel
      scopeName
      breakdown
      minGroupSize
      retirementAge
      suppressionApplied
      horizons {
        horizon
        date
      }
      totals {
        ...GapRollUpFields
      }
      rows {
        ...GapRollUpFields
      }
      requirementGaps {
        requirementId
        unitId
        municipalityId
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
        minLevel
        measure
        horizon
        horizonDate
        priority
        required
        holders {
          ...GapFigure
        }
        expected {
          ...GapFigure
        }
        gap {
          ...GapFigure
        }
        surplus {
          ...GapFigure
        }
        coverage {
          ...GapFigure
        }
      }
    }
  }
`);
