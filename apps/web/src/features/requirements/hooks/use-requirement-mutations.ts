import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CopyRequirementsInput,
  CreateRequirementInput,
  CreateStaffingRequirementInput,
  UpdateRequirementInput,
  UpdateStaffingRequirementInput,
} from '@web/gql/graphql';
import { DERIVED_FIGURES_KEY, request } from '@web/shared/graphql';
import {
  CopyRequirementsMutation,
  CreateRequirementMutation,
  CreateStaffingRequirementMutation,
  DeleteRequirementMutation,
  DeleteStaffingRequirementMutation,
  UpdateRequirementMutation,
  UpdateStaffingRequirementMutation,
} from '../graphql/requirement-mutations';
import { requirementKeys } from './requirement-keys';

/**
 * A change counts as done once the lists are refetched, so the page the user lands on
 * already shows it. The one changed requirement is marked stale without waiting for it (the
 * editor that shows it is being left), the professions never change, and every gap figure
 * may move with a requirement (refetched when next shown).
 */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: requirementKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: requirementKeys.details(), refetchType: 'none' }),
      queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
    ]);
}

export type SaveRequirement =
  | { kind: 'create'; input: CreateRequirementInput }
  | { kind: 'update'; input: UpdateRequirementInput };

export function useSaveRequirement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (save: SaveRequirement) =>
      save.kind === 'create'
        ? (await request(CreateRequirementMutation, { input: save.input })).createRequirement
        : (await request(UpdateRequirementMutation, { input: save.input })).updateRequirement,
    onSuccess: refresh,
  });
}

export type SaveStaffing =
  | { kind: 'create'; input: CreateStaffingRequirementInput }
  | { kind: 'update'; input: UpdateStaffingRequirementInput };

export function useSaveStaffing() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (save: SaveStaffing) =>
      save.kind === 'create'
        ? (await request(CreateStaffingRequirementMutation, { input: save.input }))
            .createStaffingRequirement
        : (await request(UpdateStaffingRequirementMutation, { input: save.input }))
            .updateStaffingRequirement,
    onSuccess: refresh,
  });
}

export interface DeleteTarget {
  kind: 'requirement' | 'staffing';
  id: string;
  version: number;
}

export function useDeleteRequirement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ kind, id, version }: DeleteTarget) =>
      kind === 'requirement'
        ? (await request(DeleteRequirementMutation, { id, version })).deleteRequirement
        : (await request(DeleteStaffingRequirementMutation, { id, version }))
            .deleteStaffingRequirement,
    // A conflict means the list is stale too: refetch either way.
    onSettled: refresh,
  });
}

export function useCopyRequirements() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: CopyRequirementsInput) =>
      (await request(CopyRequirementsMutation, { input })).copyRequirements,
    onSuccess: refresh,
  });
}
