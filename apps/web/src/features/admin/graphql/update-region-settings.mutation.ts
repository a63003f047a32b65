import { graphql } from '@web/gql';

export const UpdateRegionSettingsMutation = graphql(`
  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {
    updateRegionSettings(input: $input) {
      ...RegionSettingsFields
    }
  }
`);
