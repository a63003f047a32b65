import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActionPlanFilter } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import {
  ActionPlanQuery,
  ActionPlansQuery,
  MeasureDraftFromCertificatesQuery,
  MeasureDraftFromGapQuery,
  MeasureDraftFromMobilisationQuery,
  PlanMeasureQuery,
} from '../graphql/plans.query';
import type { MeasureSource } from '../utils/plan-paths';
import { planKeys } from './plan-keys';

/** The plans of a scope and half-year, each with its measures. */
export function useActionPlans(filter: ActionPlanFilter | null) {
  return useQuery({
    queryKey: planKeys.list(filter ?? {}),
    queryFn: async ({ signal }) =>
      (await request(ActionPlansQuery, { filter }, { signal })).actionPlans,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

/** One plan; `data` is null when it does not exist (or lies outside the region). */
export function useActionPlan(id: string | null) {
  return useQuery({
    queryKey: planKeys.plan(id ?? ''),
    queryFn: async ({ signal }) =>
      (await request(ActionPlanQuery, { id: id ?? '' }, { signal })).actionPlan,
    enabled: !!id,
  });
}

/** One measure whole; `data` is null when it does not exist. */
export function usePlanMeasure(id: string) {
  return useQuery({
    queryKey: planKeys.measure(id),
    queryFn: async ({ signal }) => (await request(PlanMeasureQuery, { id }, { signal })).measure,
  });
}

/**
 * The API's draft of a new measure from where it was made (null when the source is gone or
 * outside the region). Drafts are computed afresh each time the editor opens.
 */
export function useMeasureDraft(source: MeasureSource | null) {
  return useQuery({
    queryKey: source ? draftKey(source) : [...planKeys.drafts(), 'none'],
    queryFn: async ({ signal }) => {
      if (!source || source.kind === 'plan') return null;
      switch (source.kind) {
        case 'gap':
          return (
            await request(
              MeasureDraftFromGapQuery,
              { requirementId: source.requirementId },
              { signal },
            )
          ).measureDraftFromGap;
        case 'mobilisation':
          return (
            await request(
              MeasureDraftFromMobilisationQuery,
              {
                input: {
                  fromRequirementId: source.fromRequirementId,
                  toRequirementId: source.toRequirementId,
                },
              },
              { signal },
            )
          ).measureDraftFromMobilisation;
        case 'certificates':
          return (
            await request(
              MeasureDraftFromCertificatesQuery,
              {
                input: {
                  competenceId: source.competenceId,
                  unitId: source.unitId,
                  municipalityId: source.municipalityId,
                },
              },
              { signal },
            )
          ).measureDraftFromExpiringCertificates;
      }
    },
    enabled: !!source && source.kind !== 'plan',
    staleTime: 0,
  });
}

function draftKey(source: MeasureSource) {
  switch (source.kind) {
    case 'gap':
      return planKeys.gapDraft(source.requirementId);
    case 'mobilisation':
      return planKeys.mobilisationDraft({
        fromRequirementId: source.fromRequirementId,
        toRequirementId: source.toRequirementId,
      });
    case 'certificates':
      return planKeys.certificatesDraft({
        competenceId: source.competenceId,
        unitId: source.unitId,
        municipalityId: source.municipalityId,
      });
    case 'plan':
      return [...planKeys.drafts(), 'plan', source.planId] as const;
  }
}
