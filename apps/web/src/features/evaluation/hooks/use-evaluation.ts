import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EvaluationScopeInput,
  ImportMeasurementsInput,
  RecordMeasurementInput,
  SetBaselineInput,
} from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import {
  ImportMeasurementsMutation,
  IndicatorSeriesQuery,
  IndicatorsQuery,
  RecordMeasurementMutation,
  SeptemberViewQuery,
  SetIndicatorBaselineMutation,
} from '../graphql/evaluation.queries';

export const evaluationKeys = {
  all: ['evaluation'] as const,
  indicators: () => [...evaluationKeys.all, 'indicators'] as const,
  series: (indicatorId: string, scope: EvaluationScopeInput) =>
    [...evaluationKeys.all, 'series', indicatorId, scope.level, scope.id ?? null] as const,
  september: (indicatorIds: readonly string[]) =>
    [...evaluationKeys.all, 'september', ...indicatorIds] as const,
};

export function useIndicators() {
  return useQuery({
    queryKey: evaluationKeys.indicators(),
    queryFn: async ({ signal }) => (await request(IndicatorsQuery, {}, { signal })).indicators,
  });
}

export function useIndicatorSeries(indicatorId: string | null, scope: EvaluationScopeInput) {
  return useQuery({
    queryKey: evaluationKeys.series(indicatorId ?? '', scope),
    queryFn: async ({ signal }) =>
      (await request(IndicatorSeriesQuery, { indicatorId: indicatorId ?? '', scope }, { signal }))
        .indicatorSeries,
    enabled: indicatorId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSeptemberView(indicatorIds: readonly string[]) {
  return useQuery({
    queryKey: evaluationKeys.september(indicatorIds),
    queryFn: async ({ signal }) =>
      (
        await request(
          SeptemberViewQuery,
          { input: { indicatorIds: [...indicatorIds] } },
          { signal },
        )
      ).septemberView,
    enabled: indicatorIds.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** After any entry the series and the September view are read again. */
function useInvalidateEvaluation() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: evaluationKeys.all });
}

export function useRecordMeasurement() {
  const invalidate = useInvalidateEvaluation();
  return useMutation({
    mutationFn: async (input: RecordMeasurementInput) =>
      (await request(RecordMeasurementMutation, { input })).recordMeasurement,
    onSuccess: invalidate,
  });
}

export function useSetBaseline() {
  const invalidate = useInvalidateEvaluation();
  return useMutation({
    mutationFn: async (input: SetBaselineInput) =>
      (await request(SetIndicatorBaselineMutation, { input })).setIndicatorBaseline,
    onSuccess: invalidate,
  });
}

export function useImportMeasurements() {
  const invalidate = useInvalidateEvaluation();
  return useMutation({
    mutationFn: async (input: ImportMeasurementsInput) =>
      (await request(ImportMeasurementsMutation, { input })).importMeasurements,
    onSuccess: invalidate,
  });
}
