import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  RecordParticipantOutcomesInput,
  SignUpParticipantsInput,
  WithdrawParticipantInput,
} from '@web/gql/graphql';
import { DERIVED_FIGURES_KEY, request } from '@web/shared/graphql';
import {
  MeasureParticipantsQuery,
  MeasureSignUpsQuery,
  RecordParticipantOutcomesMutation,
  SignUpParticipantsMutation,
  WithdrawParticipantMutation,
} from '../graphql/participants.query';
import { planKeys } from './plan-keys';

/** Places and sign-ups per municipality (no names). */
export function useMeasureSignUps(measureId: string) {
  return useQuery({
    queryKey: planKeys.signUps(measureId),
    queryFn: async ({ signal }) =>
      (await request(MeasureSignUpsQuery, { measureId }, { signal })).measureSignUps,
  });
}

/** The caller's own participants by name and the people proposed (personal data: HR and leaders). */
export function useMeasureParticipants(measureId: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.participants(measureId),
    queryFn: async ({ signal }) => request(MeasureParticipantsQuery, { measureId }, { signal }),
    enabled,
  });
}

/**
 * Sign-ups and outcomes change the places, the plan's totals, the people's competence and
 * the "expected" and holder figures: all of it is refetched.
 */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
      queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
    ]);
}

export function useSignUpParticipants() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: SignUpParticipantsInput) =>
      (await request(SignUpParticipantsMutation, { input })).signUpParticipants,
    onSettled: refresh,
  });
}

export function useWithdrawParticipant() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: WithdrawParticipantInput) =>
      (await request(WithdrawParticipantMutation, { input })).withdrawParticipant,
    onSettled: refresh,
  });
}

export function useRecordOutcomes() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: RecordParticipantOutcomesInput) =>
      (await request(RecordParticipantOutcomesMutation, { input })).recordParticipantOutcomes,
    onSettled: refresh,
  });
}
