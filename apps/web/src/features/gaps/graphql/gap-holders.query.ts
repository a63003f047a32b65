import { graphql } from '@web/gql';

// The people behind a requirement's figures; the API audits the read.
export const GapHoldersQuery = graphql(`
  query GapHolders($requirementId: ID!, $horizon: Horizon!) {
    requirement(id: $requirementId) {
      id
      unitId
      municipalityId
      unit {
        id
        name
      }
      competence {
        id
        name
      }
      minLevel
      measure
      required
      horizon
      priority
    }
    gapHolders(requirementId: $requirementId, horizon: $horizon) {
      horizon
      horizonDate
      retirementAge
      holders {
        ...GapHolderFields
      }
      expected {
        ...GapHolderFields
      }
    }
    professions {
      code
      name
    }
  }

  fragment GapHolderFields on GapHolder {
    employeeId
    fullName
    unitId
    unit {
      id
      name
    }
    professionCode
    fte
    level
    validUntil
  }
`);
