import { graphql } from '@web/gql';

export const CreateRequirementMutation = graphql(`
  mutation CreateRequirement($input: CreateRequirementInput!) {
    createRequirement(input: $input) {
      ...RequirementFields
    }
  }
`);

export const UpdateRequirementMutation = graphql(`
  mutation UpdateRequirement($input: UpdateRequirementInput!) {
    updateRequirement(input: $input) {
      ...RequirementFields
    }
  }
`);

export const DeleteRequirementMutation = graphql(`
  mutation DeleteRequirement($id: ID!, $version: Int!) {
    deleteRequirement(id: $id, version: $version)
  }
`);

export const CreateStaffingRequirementMutation = graphql(`
  mutation CreateStaffingRequirement($input: CreateStaffingRequirementInput!) {
    createStaffingRequirement(input: $input) {
      ...StaffingRequirementFields
    }
  }
`);

export const UpdateStaffingRequirementMutation = graphql(`
  mutation UpdateStaffingRequirement($input: UpdateStaffingRequirementInput!) {
    updateStaffingRequirement(input: $input) {
      ...StaffingRequirementFields
    }
  }
`);

export const DeleteStaffingRequirementMutation = graphql(`
  mutation DeleteStaffingRequirement($id: ID!, $version: Int!) {
    deleteStaffingRequirement(id: $id, version: $version)
  }
`);

export const CopyRequirementsMutation = graphql(`
  mutation CopyRequirements($input: CopyRequirementsInput!) {
    copyRequirements(input: $input) {
      created
      updated
      skipped
      targetUnitIds
    }
  }
`);
