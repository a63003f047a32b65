import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  ExpiringCertificatesFilter,
  GapBreakdown,
  GapFilter,
  Horizon,
  RetirementWaveFilter,
} from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { ExpiringCertificatesQuery } from '../graphql/expiring-certificates.query';
import { GapAnalysisQuery } from '../graphql/gap-analysis.query';
import { GapHeatmapQuery } from '../graphql/gap-heatmap.query';
import { GapHoldersQuery } from '../graphql/gap-holders.query';
import { MobilisationOptionsQuery } from '../graphql/mobilisation-options.query';
import { RetirementWaveQuery } from '../graphql/retirement-wave.query';
import { StaffingGapsQuery } from '../graphql/staffing-gaps.query';
import { gapKeys } from './gap-keys';

// While new filters load, the previous figures stay on screen (marked busy) instead of blinking away.

/** Totals per competence and horizon, and the breakdown one level down. */
export function useGapAnalysis(filter: GapFilter | null, breakdown: GapBreakdown | null = null) {
  return useQuery({
    queryKey: gapKeys.analysis(filter ?? {}, breakdown),
    queryFn: async ({ signal }) =>
      (await request(GapAnalysisQuery, { filter, breakdown }, { signal })).gapAnalysis,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

export function useGapHeatmap(filter: GapFilter | null, horizon: Horizon) {
  return useQuery({
    queryKey: gapKeys.heatmap(filter ?? {}, horizon),
    queryFn: async ({ signal }) =>
      (await request(GapHeatmapQuery, { filter, horizon }, { signal })).gapHeatmap,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

export function useMobilisationOptions(filter: GapFilter | null) {
  return useQuery({
    queryKey: gapKeys.mobilisation(filter ?? {}),
    queryFn: async ({ signal }) =>
      (await request(MobilisationOptionsQuery, { filter }, { signal })).mobilisationOptions,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

/** Årsverk per profession needed against the staff still there, biggest gaps first. */
export function useStaffingGaps(filter: GapFilter | null) {
  return useQuery({
    queryKey: gapKeys.staffing(filter ?? {}),
    queryFn: async ({ signal }) =>
      (await request(StaffingGapsQuery, { filter }, { signal })).staffingGaps,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

export function useRetirementWave(filter: RetirementWaveFilter | null) {
  return useQuery({
    queryKey: gapKeys.retirementWave(filter ?? {}),
    queryFn: async ({ signal }) =>
      (await request(RetirementWaveQuery, { filter }, { signal })).retirementWave,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

export function useExpiringCertificates(filter: ExpiringCertificatesFilter | null) {
  return useQuery({
    queryKey: gapKeys.expiringCertificates(filter ?? {}),
    queryFn: async ({ signal }) =>
      (await request(ExpiringCertificatesQuery, { filter }, { signal })).expiringCertificates,
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * The people behind a requirement and the requirement itself. The API answers NOT_FOUND
 * both for a requirement that does not exist and for one outside the caller's scope.
 */
export function useGapHolders(requirementId: string, horizon: Horizon) {
  return useQuery({
    queryKey: gapKeys.holders(requirementId, horizon),
    queryFn: async ({ signal }) => request(GapHoldersQuery, { requirementId, horizon }, { signal }),
  });
}
