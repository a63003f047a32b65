import { graphql } from '@web/gql';

export const RetirementWaveQuery = graphql(`
  query RetirementWave($filter: RetirementWaveFilter) {
    retirementWave(filter: $filter) {
      retirementAge
      years
      suppressionApplied
      competences {
        ...RetirementSeriesFields
      }
      professions {
        ...RetirementSeriesFields
      }
    }
  }

  fragment RetirementSeriesFields on RetirementSeries {
    key
    competenceId
    competence {
      id
      name
    }
    minLevel
    professionCode
    professionName
    current {
      ...GapFigure
    }
    leaving {
      year
      headcount {
        ...GapFigure
      }
    }
    leavingTotal {
      ...GapFigure
    }
  }
`);
