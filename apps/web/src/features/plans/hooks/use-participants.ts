import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  RecordParticipantOutcomesInput,
  SignUpParticipantsInput,
  WithdrawParticipantInput,
} from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import {
  MeasureParticipantsQuery,
  MeasureSignUpsQuery,
  RecordParticipantOutcomesMutation,
  SignUpParticipantsMutation,
  WithdrawParticipantMutation,
} from '../graphql/participants.query';
import { planKeys } from './plan-keys';
import { usePlansRefresh } from './use-plan-mutations';

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

export function useSignUpParticipants() {
  // Sign-ups and outcomes move places, totals, competence and the expected and holder figures.
  const refresh = usePlansRefresh();
  return useMutation({
    mutationFn: async (input: SignUpParticipantsInput) =>
      (await request(SignUpParticipantsMutation, { input })).signUpParticipants,
    onSettled: refresh,
  });
}

export function useWithdrawParticipant() {
  // Sign-ups and outcomes move places, totals, competence and the expected and holder figures.
  const refresh = usePlansRefresh();
  return useMutation({
    mutationFn: async (input: WithdrawParticipantInput) =>
      (await request(WithdrawParticipantMutation, { input })).withdrawParticipant,
    onSettled: refresh,
  });
}

export function useRecordOutcomes() {
  // Sign-ups and outcomes move places, totals, competence and the expected and holder figures.
  const refresh = usePlansRefresh();
  return useMutation({
    mutationFn: async (input: RecordParticipantOutcomesInput) =>
      (await request(RecordParticipantOutcomesMutation, { input })).recordParticipantOutcomes,
    onSettled: refresh,
  });
}
