import { graphql } from '@web/gql';

// A requirement as the list and the form show it; the competence's scale gives the levels.
export const RequirementFieldsFragment = graphql(`
  fragment RequirementFields on Requirement {
    id
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
    required
    measure
    horizon
    horizonDate
    targetDate
    priority
    rationaleKind
    rationale
    reference
    templateId
    updatedAt
    version
  }
`);

export const StaffingRequirementFieldsFragment = graphql(`
  fragment StaffingRequirementFields on StaffingRequirement {
    id
    unitId
    municipalityId
    unit {
      id
      name
    }
    professionCode
    professionName
    requiredFte
    horizon
    horizonDate
    targetDate
    priority
    rationaleKind
    rationale
    reference
    templateId
    updatedAt
    version
  }
`);
