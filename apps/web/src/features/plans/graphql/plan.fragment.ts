import { graphql } from '@web/gql';

// A plan as its page shows it: period, status, who adopted it, and the sums of its measures.
export const PlanFieldsFragment = graphql(`
  fragment PlanFields on ActionPlan {
    id
    level
    municipalityId
    unitId
    municipality {
      id
      name
    }
    unit {
      id
      name
    }
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

// A measure as the plan page lists it.
export const PlanMeasureSummaryFragment = graphql(`
  fragment PlanMeasureSummary on PlanMeasure {
    id
    planId
    title
    strategy
    kind
    owner
    places
    startsOn
    endsOn
    status
    cost
    participantCount
  }
`);

// A measure whole, as its page and the editor show it.
export const PlanMeasureFieldsFragment = graphql(`
  fragment PlanMeasureFields on PlanMeasure {
    ...PlanMeasureSummary
    municipalityId
    unitId
    description
    provider
    providerName
    targetGroup
    hours
    awardsCertificate
    allowedTransitions
    lendingUnitId
    lendingUnit {
      id
      name
    }
    funding {
      source
      amount
    }
    targets {
      competenceId
      competence {
        id
        name
      }
      level
      requirementId
    }
    shares {
      municipalityId
      municipality {
        id
        name
      }
      places
    }
    teachers {
      municipalityId
      municipality {
        id
        name
      }
      competenceId
      competence {
        id
        name
      }
      employeeId
      name
      unitName
    }
    plan {
      ...PlanFields
    }
    version
    updatedAt
  }
`);
