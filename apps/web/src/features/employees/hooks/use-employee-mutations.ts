import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddQualificationInput, RecordAssessmentInput } from '@web/gql/graphql';
import { DERIVED_FIGURES_KEY, request } from '@web/shared/graphql';
import { AddQualificationMutation } from '../graphql/add-qualification.mutation';
import { ConfirmAssessmentMutation } from '../graphql/confirm-assessment.mutation';
import { RecordAssessmentMutation } from '../graphql/record-assessment.mutation';
import { employeeKeys } from './employee-keys';

/**
 * Changes to an employee's competence count as done only once the profile
 * (and the lists, whose competence filters may now match differently) are
 * refetched, so the new realkompetanse is on screen when success is announced; the gap
 * figures are marked stale.
 */
function useRefreshEmployee(employeeId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: employeeKeys.detail(employeeId) }),
      queryClient.invalidateQueries({ queryKey: employeeKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
    ]);
}

export function useRecordAssessment(employeeId: string) {
  const refresh = useRefreshEmployee(employeeId);
  return useMutation({
    mutationFn: async (input: RecordAssessmentInput) =>
      (await request(RecordAssessmentMutation, { input })).recordAssessment,
    onSuccess: refresh,
  });
}

export function useConfirmAssessment(employeeId: string) {
  const refresh = useRefreshEmployee(employeeId);
  return useMutation({
    mutationFn: async (id: string) =>
      (await request(ConfirmAssessmentMutation, { id })).confirmAssessment,
    onSuccess: refresh,
  });
}

export function useAddQualification(employeeId: string) {
  const refresh = useRefreshEmployee(employeeId);
  return useMutation({
    mutationFn: async (input: AddQualificationInput) =>
      (await request(AddQualificationMutation, { input })).addQualification,
    onSuccess: refresh,
  });
}
