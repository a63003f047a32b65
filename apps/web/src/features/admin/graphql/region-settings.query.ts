import { graphql } from '@web/gql';

export const RegionSettingsFields = graphql(`
  fragment RegionSettingsFields on RegionSettings {
    id
    name
    minGroupSize
    retirementAge
    sessionIdleMinutes
    sessionAbsoluteHours
  }
`);

export const RegionSettingsQuery = graphql(`
  query RegionSettings {
    regionSettings {
      ...RegionSettingsFields
    }
  }
`);
