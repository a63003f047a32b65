import { graphql } from '@web/gql';

// Places and sign-ups per municipality, no names (rounded for readers without personal data).
export const MeasureSignUpsQuery = graphql(`
  query MeasureSignUps($measureId: ID!) {
    measureSignUps(measureId: $measureId) {
      measureId
      places
      taken
      free
      municipalities {
        municipalityId
        municipalityName
        share
        free
        signedUp {
          value
          rounded
        }
        completed {
          value
          rounded
        }
        notCompleted {
          value
          rounded
        }
        withdrawn {
          value
          rounded
        }
      }
    }
  }
`);

export const MeasureParticipantFieldsFragment = graphql(`
  fragment MeasureParticipantFields on MeasureParticipant {
    id
    measureId
    employeeId
    fullName
    municipalityId
    municipalityName
    unitId
    unitName
    status
    outcomeOn
    developmentItemId
    version
  }
`);

// The participants the caller may see by name, and the people in scope worth signing up.
export const MeasureParticipantsQuery = graphql(`
  query MeasureParticipants($measureId: ID!) {
    measureParticipants(measureId: $measureId) {
      ...MeasureParticipantFields
    }
    proposedParticipants(measureId: $measureId) {
      employeeId
      fullName
      unitName
      municipalityId
      reason
      competenceName
      targetLevel
      expiresOn
      developmentItemId
    }
  }
`);

export const SignUpParticipantsMutation = graphql(`
  mutation SignUpParticipants($input: SignUpParticipantsInput!) {
    signUpParticipants(input: $input) {
      ...MeasureParticipantFields
    }
  }
`);

export const WithdrawParticipantMutation = graphql(`
  mutation WithdrawParticipant($input: WithdrawParticipantInput!) {
    withdrawParticipant(input: $input) {
      ...MeasureParticipantFields
    }
  }
`);

export const RecordParticipantOutcomesMutation = graphql(`
  mutation RecordParticipantOutcomes($input: RecordParticipantOutcomesInput!) {
    recordParticipantOutcomes(input: $input) {
      completed
      notCompleted
      unchanged
      assessmentsAdded
      qualificationsAdded
    }
  }
`);
