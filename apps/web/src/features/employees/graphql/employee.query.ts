import { graphql } from '@web/gql';

// The whole profile in one request: realkompetanse per competence, formal
// qualifications and the full assessment history (newest first).
export const EmployeeQuery = graphql(`
  query Employee($id: ID!) {
    employee(id: $id) {
      ...EmployeeSummary
      givenName
      familyName
      birthYear
      startDate
      version
      competences {
        competence {
          ...CompetenceFields
        }
        level
        source
        formalLevel
        informalLevel
        leaderLevel
        selfDeclaredLevel
        selfDeclaredConfirmed
        expiresOn
        levelValidUntil
      }
      qualifications {
        id
        kind
        title
        issuer
        obtainedOn
        expiresOn
        competences {
          competence {
            id
            name
          }
          level
        }
      }
      assessments {
        ...AssessmentFields
      }
    }
  }
`);
