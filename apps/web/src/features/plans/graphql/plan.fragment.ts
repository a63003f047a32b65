import { graphql } from '@web/gql';

// A plan as its page shows it: period, status, who adopted it, and the sums of its measures.
export const PlanFieldsFragment = graphql(`
  fragment PlanFields on ActionPlan {
    id
    level
    municipalityId
    unitId
    year
    half
    periodLabel
    startsOn
    endsOn
    title
    status
    adoptedOn
    adoptedByName
    version
    updatedAt
    totals {
      measures
      cancelledMeasures
      places
      participants
      cost
      funding {
        source
        amount
      }
    }
  }
`);

// A measure as the plan page lists it and the editor starts from.
export const PlanMeasureFieldsFragment = graphql(`
  fragment PlanMeasureFields on PlanMeasure {
    id
    planId
    municipalityId
    unitId
    title
    description
    strategy
    kind
    provider
    providerName
    targetGroup
    owner
    places
    hours
    startsOn
    endsOn
    awardsCertificate
    status
    allowedTransitions
    lendingUnitId
    cost
    funding {
      source
      amount
    }
    targets {
      competenceId
      level
      requirementId
    }
    shares {
      municipalityId
      places
      participants {
        ...PlanFigure
      }
    }
    teachers {
      municipalityId
      competenceId
      employeeId
      name
      unitName
    }
    participantCount {
      ...PlanFigure
    }
    version
    updatedAt
    updatedByName
  }
`);
