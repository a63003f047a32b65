import { graphql } from '@web/gql';

export const AssessmentFields = graphql(`
  fragment AssessmentFields on Assessment {
    id
    competence {
      id
      name
    }
    level
    source
    evidence
    assessedOn
    validUntil
    assessedByName
    confirmedAt
    createdAt
  }
`);
