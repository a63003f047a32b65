import { graphql } from '@web/gql';

// The plans of a scope and half-year with their measures (the page shows one, and the
// regional programme beside a municipality's or unit's plan).
export const ActionPlansQuery = graphql(`
  query ActionPlans($filter: ActionPlanFilter) {
    actionPlans(filter: $filter) {
      ...PlanFields
      measures {
        ...PlanMeasureSummary
      }
    }
  }
`);

export const ActionPlanQuery = graphql(`
  query ActionPlan($id: ID!) {
    actionPlan(id: $id) {
      ...PlanFields
    }
  }
`);

export const PlanMeasureQuery = graphql(`
  query PlanMeasure($id: ID!) {
    measure(id: $id) {
      ...PlanMeasureFields
    }
  }
`);

// What the measure editor starts from when a measure is made from a gap, a mobilisation pair
// or expiring certificates: the API fills it in and suggests the plan.
export const MeasureDraftFieldsFragment = graphql(`
  fragment MeasureDraftFields on MeasureDraft {
    plan {
      planId
      level
      municipalityId
      unitId
      year
      half
      periodLabel
    }
    title
    description
    strategy
    kind
    provider
    targetGroup
    places
    startsOn
    endsOn
    awardsCertificate
    lendingUnitId
    expiringCount
    targets {
      competenceId
      competence {
        id
        name
      }
      level
      requirementId
    }
  }
`);

export const MeasureDraftFromGapQuery = graphql(`
  query MeasureDraftFromGap($requirementId: ID!, $places: Int) {
    measureDraftFromGap(requirementId: $requirementId, places: $places) {
      ...MeasureDraftFields
    }
  }
`);

export const MeasureDraftFromMobilisationQuery = graphql(`
  query MeasureDraftFromMobilisation($input: MobilisationDraftInput!, $places: Int) {
    measureDraftFromMobilisation(input: $input, places: $places) {
      ...MeasureDraftFields
    }
  }
`);

export const MeasureDraftFromCertificatesQuery = graphql(`
  query MeasureDraftFromCertificates($input: ExpiringCertificatesDraftInput!) {
    measureDraftFromExpiringCertificates(input: $input) {
      ...MeasureDraftFields
    }
  }
`);
