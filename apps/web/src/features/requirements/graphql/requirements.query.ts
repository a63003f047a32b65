import { graphql } from '@web/gql';

// Both kinds for the same units in one request: the page lists them together.
export const RequirementsQuery = graphql(`
  query Requirements($filter: RequirementFilter) {
    requirements(filter: $filter) {
      ...RequirementFields
    }
    staffingRequirements(filter: $filter) {
      ...StaffingRequirementFields
    }
  }
`);

export const RequirementQuery = graphql(`
  query Requirement($id: ID!) {
    requirement(id: $id) {
      ...RequirementFields
    }
  }
`);

export const RequirementProfessionsQuery = graphql(`
  query RequirementProfessions {
    professions {
      code
      name
    }
  }
`);

// There is no single-item query for staffing requirements; the editor finds one in the list.
export const StaffingRequirementsQuery = graphql(`
  query StaffingRequirements($filter: RequirementFilter) {
    staffingRequirements(filter: $filter) {
      ...StaffingRequirementFields
    }
  }
`);
