import { graphql } from '@web/gql';

export const AppraisalFigureFields = graphql(`
  fragment AppraisalFigureFields on AppraisalFigure {
    value
    suppressed
    reasonCode
    reason
    rounded
  }
`);

export const AppraisalStatisticsQuery = graphql(`
  query AppraisalStatistics($unitId: ID, $municipalityId: ID) {
    appraisalStatistics(unitId: $unitId, municipalityId: $municipalityId) {
      level
      scopeId
      scopeName
      exact
      minGroupSize
      completedShare
      cycles {
        id
        name
        status
        municipality {
          id
          name
        }
      }
      employees {
        ...AppraisalFigureFields
      }
      completed {
        ...AppraisalFigureFields
      }
      breakdown {
        id
        name
        completedShare
        employees {
          ...AppraisalFigureFields
        }
        completed {
          ...AppraisalFigureFields
        }
      }
      wishedCompetences {
        competenceId
        competence {
          id
          name
        }
        people {
          ...AppraisalFigureFields
        }
      }
      preferredWays {
        way
        name
        people {
          ...AppraisalFigureFields
        }
      }
      teachingTopics {
        competenceId
        competence {
          id
          name
        }
        people {
          ...AppraisalFigureFields
        }
      }
    }
  }
`);
