import { graphql } from '@web/gql';

export const CreateActionPlanMutation = graphql(`
  mutation CreateActionPlan($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) {
      ...PlanFields
    }
  }
`);

export const AdoptActionPlanMutation = graphql(`
  mutation AdoptActionPlan($id: ID!, $version: Int!, $adoptedOn: String!) {
    adoptActionPlan(id: $id, version: $version, adoptedOn: $adoptedOn) {
      ...PlanFields
    }
  }
`);

export const CloseActionPlanMutation = graphql(`
  mutation CloseActionPlan($id: ID!, $version: Int!) {
    closeActionPlan(id: $id, version: $version) {
      ...PlanFields
    }
  }
`);

export const ReopenActionPlanMutation = graphql(`
  mutation ReopenActionPlan($id: ID!, $version: Int!) {
    reopenActionPlan(id: $id, version: $version) {
      ...PlanFields
    }
  }
`);

export const CreateMeasureMutation = graphql(`
  mutation CreateMeasure($input: CreateMeasureInput!) {
    createMeasure(input: $input) {
      ...PlanMeasureFields
    }
  }
`);

export const UpdateMeasureMutation = graphql(`
  mutation UpdateMeasure($input: UpdateMeasureInput!) {
    updateMeasure(input: $input) {
      ...PlanMeasureFields
    }
  }
`);

export const ChangeMeasureStatusMutation = graphql(`
  mutation ChangeMeasureStatus($input: ChangeMeasureStatusInput!) {
    changeMeasureStatus(input: $input) {
      ...PlanMeasureFields
    }
  }
`);
