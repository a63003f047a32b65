import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AppraisalStatus } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { AppraisalCatalogueQuery } from '../graphql/appraisal-catalogue.query';
import { AppraisalCyclesQuery } from '../graphql/appraisal-cycles.query';
import { AppraisalDraftQuery } from '../graphql/appraisal-draft.query';
import { AppraisalProgressQuery } from '../graphql/appraisal-progress.query';
import { AppraisalSummaryQuery } from '../graphql/appraisal-summary.query';
import { AppraisalStatisticsQuery } from '../graphql/appraisal-statistics.query';
import { AppraisalsQuery } from '../graphql/appraisals.query';
import { TeachingDirectoryQuery } from '../graphql/teaching-directory.query';
import { appraisalKeys } from './appraisal-keys';

/** Outstanding talks count as overdue when the cycle closes within this many days. */
export const OVERDUE_WITHIN_DAYS = 14;

/** The active catalogue with level names, for the form's pickers. */
export function useAppraisalCatalogue() {
  return useQuery({
    queryKey: appraisalKeys.catalogue(),
    queryFn: async ({ signal }) =>
      (await request(AppraisalCatalogueQuery, undefined, { signal })).competences,
    staleTime: 5 * 60_000,
  });
}

/** The region's cycles, newest first; one municipality's when given. */
export function useAppraisalCycles(municipalityId: string | null) {
  return useQuery({
    queryKey: appraisalKeys.cycles(municipalityId),
    queryFn: async ({ signal }) =>
      (await request(AppraisalCyclesQuery, { municipalityId }, { signal })).appraisalCycles,
  });
}

/** Progress in each of the user's scopes, for the current cycle or the one chosen. */
export function useAppraisalProgress(cycleId: string | null) {
  return useQuery({
    queryKey: appraisalKeys.progress(cycleId),
    queryFn: async ({ signal }) =>
      (
        await request(
          AppraisalProgressQuery,
          { cycleId, dueWithinDays: OVERDUE_WITHIN_DAYS },
          { signal },
        )
      ).appraisalProgress,
    placeholderData: keepPreviousData,
  });
}

/** Records in the user's scope, e.g. the signed-off talks of a cycle. */
export function useAppraisals(filter: {
  cycleId: string | null;
  unitId: string | null;
  status: AppraisalStatus | null;
}) {
  return useQuery({
    queryKey: appraisalKeys.list(filter),
    queryFn: async ({ signal }) =>
      (await request(AppraisalsQuery, { filter }, { signal })).appraisals,
  });
}

/**
 * The form's data. `data` is null both when the employee does not exist and
 * when they are outside the user's scope: the page says "not found" for both.
 */
export function useAppraisalDraft(employeeId: string, cycleId: string | null) {
  return useQuery({
    queryKey: appraisalKeys.draft(employeeId, cycleId),
    queryFn: async ({ signal }) =>
      (await request(AppraisalDraftQuery, { employeeId, cycleId }, { signal })).appraisalDraft,
    // The form holds its own state; refetching on focus would only cost requests.
    refetchOnWindowFocus: false,
  });
}

/**
 * The record as saved right now, fetched when a save met a CONFLICT, so the
 * form can show the other version beside the leader's own.
 */
export function useLatestAppraisalDraft(employeeId: string, cycleId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...appraisalKeys.draft(employeeId, cycleId), 'latest'] as const,
    queryFn: async ({ signal }) =>
      (await request(AppraisalDraftQuery, { employeeId, cycleId }, { signal })).appraisalDraft,
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useAppraisalSummary(id: string | null) {
  return useQuery({
    queryKey: appraisalKeys.summary(id ?? ''),
    queryFn: async ({ signal }) =>
      (await request(AppraisalSummaryQuery, { id: id ?? '' }, { signal })).appraisalSummary,
    enabled: id !== null,
  });
}

export function useAppraisalStatistics(scope: {
  unitId: string | null;
  municipalityId: string | null;
}) {
  return useQuery({
    queryKey: appraisalKeys.statistics(scope),
    queryFn: async ({ signal }) =>
      (await request(AppraisalStatisticsQuery, scope, { signal })).appraisalStatistics,
    placeholderData: keepPreviousData,
  });
}

export function useTeachingDirectory(filter: {
  competenceId: string | null;
  municipalityId: string | null;
}) {
  return useQuery({
    queryKey: appraisalKeys.directory(filter),
    queryFn: async ({ signal }) =>
      (await request(TeachingDirectoryQuery, filter, { signal })).teachingDirectory,
    placeholderData: keepPreviousData,
  });
}
