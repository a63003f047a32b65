import { graphql } from '@web/gql';

// The whole record in the order of the ReKs guide, each line with its competence.
export const AppraisalContentFields = graphql(`
  fragment AppraisalContentFields on AppraisalContent {
    heldOn
    selfDeclarations {
      competenceId
      level
      leaderConfirms
      competence {
        ...AppraisalCompetenceFields
      }
    }
    hrRegistrationsChecked
    hrRegistrationsComment
    potentialUsed
    potentialNeeds
    teachingTopicIds
    teachingTopics {
      ...AppraisalCompetenceFields
    }
    teachingConsent
    developmentWishes {
      competenceId
      targetLevel
      competence {
        ...AppraisalCompetenceFields
      }
    }
    preferredWays
    careerPlan
    careerTargetRole
    agreedActions {
      description
      dueOn
      competenceId
      competence {
        ...AppraisalCompetenceFields
      }
    }
    leaderAssessments {
      competenceId
      level
      competence {
        ...AppraisalCompetenceFields
      }
    }
  }
`);
