import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChangeMeasureStatusInput,
  CreateActionPlanInput,
  CreateMeasureInput,
  UpdateMeasureInput,
} from '@web/gql/graphql';
import { DERIVED_FIGURES_KEY, request } from '@web/shared/graphql';
import {
  AdoptActionPlanMutation,
  ChangeMeasureStatusMutation,
  CloseActionPlanMutation,
  CreateActionPlanMutation,
  CreateMeasureMutation,
  ReopenActionPlanMutation,
  UpdateMeasureMutation,
} from '../graphql/plan-mutations';
import { planKeys } from './plan-keys';

/**
 * A change counts as done once the plans are refetched. Measures and their participants are
 * what "expected" in the gap figures is made of, so those are marked stale too.
 */
export function usePlansRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
      queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
    ]);
}

export function useCreateActionPlan() {
  const refresh = usePlansRefresh();
  return useMutation({
    mutationFn: async (input: CreateActionPlanInput) =>
      (await request(CreateActionPlanMutation, { input })).createActionPlan,
    onSuccess: refresh,
  });
}

export type PlanStep =
  | { step: 'adopt'; id: string; version: number; adoptedOn: string }
  | { step: 'close' | 'reopen'; id: string; version: number };

/** Adopt, close or reopen a plan; a conflict refetches it either way. */
export function usePlanStep() {
  const refresh = usePlansRefresh();
  return useMutation({
    mutationFn: async (change: PlanStep) => {
      switch (change.step) {
        case 'adopt': {
          const { id, version, adoptedOn } = change;
          return (await request(AdoptActionPlanMutation, { id, version, adoptedOn }))
            .adoptActionPlan;
        }
        case 'close':
          return (
            await request(CloseActionPlanMutation, { id: change.id, version: change.version })
          ).closeActionPlan;
        case 'reopen':
          return (
            await request(ReopenActionPlanMutation, { id: change.id, version: change.version })
          ).reopenActionPlan;
      }
    },
    onSettled: refresh,
  });
}

export type SaveMeasure =
  { kind: 'create'; input: CreateMeasureInput } | { kind: 'update'; input: UpdateMeasureInput };

export function useSaveMeasure() {
  const refresh = usePlansRefresh();
  return useMutation({
    mutationFn: async (save: SaveMeasure) =>
      save.kind === 'create'
        ? (await request(CreateMeasureMutation, { input: save.input })).createMeasure
        : (await request(UpdateMeasureMutation, { input: save.input })).updateMeasure,
    onSuccess: refresh,
  });
}

export function useChangeMeasureStatus() {
  const refresh = usePlansRefresh();
  return useMutation({
    mutationFn: async (input: ChangeMeasureStatusInput) =>
      (await request(ChangeMeasureStatusMutation, { input })).changeMeasureStatus,
    onSettled: refresh,
  });
}
