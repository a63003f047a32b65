import { useMutation, useQueryClient } from '@tanstack/react-query';
import { employeeKeys } from '@web/features/employees';
import type {
  AmendAppraisalInput,
  CompleteAppraisalInput,
  CreateAppraisalCycleInput,
  SaveAppraisalDraftInput,
  UpdateAppraisalCycleInput,
} from '@web/gql/graphql';
import { DERIVED_FIGURES_KEY, request } from '@web/shared/graphql';
import { AmendAppraisalMutation } from '../graphql/amend-appraisal.mutation';
import { CompleteAppraisalMutation } from '../graphql/complete-appraisal.mutation';
import { CreateAppraisalCycleMutation } from '../graphql/create-appraisal-cycle.mutation';
import { DiscardAppraisalDraftMutation } from '../graphql/discard-appraisal-draft.mutation';
import { SaveAppraisalDraftMutation } from '../graphql/save-appraisal-draft.mutation';
import { UpdateAppraisalCycleMutation } from '../graphql/update-appraisal-cycle.mutation';
import { appraisalKeys } from './appraisal-keys';

/**
 * Autosave. It refreshes nothing: the form keeps its own state, and the lists
 * that show drafts are refetched when the user goes back to them.
 */
export function useSaveAppraisalDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SaveAppraisalDraftInput) =>
      (await request(SaveAppraisalDraftMutation, { input })).saveAppraisalDraft,
    onSuccess: () =>
      // Not awaited: the progress list only needs to be fresh when it is shown again.
      void queryClient.invalidateQueries({ queryKey: appraisalKeys.all, refetchType: 'none' }),
  });
}

/**
 * Sign-off and amendments change the competence picture (assessments), the
 * development items, the aggregates and the directory: they count as done
 * once this feature's views and the employee's profile are refetched (and the gap figures
 * marked stale).
 */
function useRefreshAfterSignOff(employeeId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: appraisalKeys.all }),
      queryClient.invalidateQueries({ queryKey: employeeKeys.detail(employeeId) }),
      queryClient.invalidateQueries({ queryKey: employeeKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
    ]);
}

export function useCompleteAppraisal(employeeId: string) {
  const refresh = useRefreshAfterSignOff(employeeId);
  return useMutation({
    mutationFn: async (input: CompleteAppraisalInput) =>
      (await request(CompleteAppraisalMutation, { input })).completeAppraisal,
    onSuccess: refresh,
  });
}

export function useAmendAppraisal(employeeId: string) {
  const refresh = useRefreshAfterSignOff(employeeId);
  return useMutation({
    mutationFn: async (input: AmendAppraisalInput) =>
      (await request(AmendAppraisalMutation, { input })).amendAppraisal,
    onSuccess: refresh,
  });
}

export function useDiscardAppraisalDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { id: string; version: number }) =>
      (await request(DiscardAppraisalDraftMutation, input)).discardAppraisalDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appraisalKeys.all }),
  });
}

export type SaveCycleInput =
  | { kind: 'create'; input: CreateAppraisalCycleInput }
  | { kind: 'update'; input: UpdateAppraisalCycleInput };

/** HR creates or edits a cycle; progress and every list of cycles are refetched. */
export function useSaveAppraisalCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveCycleInput) =>
      save.kind === 'create'
        ? (await request(CreateAppraisalCycleMutation, { input: save.input })).createAppraisalCycle
        : (await request(UpdateAppraisalCycleMutation, { input: save.input })).updateAppraisalCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appraisalKeys.all }),
  });
}
