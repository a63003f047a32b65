import type {
  ExpiringCertificatesFilter,
  GapBreakdown,
  GapFilter,
  Horizon,
  RetirementWaveFilter,
} from '@web/gql/graphql';
import { DERIVED_FIGURES_KEY } from '@web/shared/graphql';

/**
 * Query keys of the gap analysis. The holders lists are personal data and everything else
 * depends on the caller's roles (small groups), so all of it is dropped on sign-out.
 * Requirement changes invalidate `all`: every figure may move.
 */
export const gapKeys = {
  all: DERIVED_FIGURES_KEY,
  analysis: (filter: GapFilter, breakdown: GapBreakdown | null) =>
    [...gapKeys.all, 'analysis', filter, breakdown] as const,
  heatmap: (filter: GapFilter, horizon: Horizon) =>
    [...gapKeys.all, 'heatmap', filter, horizon] as const,
  mobilisation: (filter: GapFilter) => [...gapKeys.all, 'mobilisation', filter] as const,
  retirementWave: (filter: RetirementWaveFilter) =>
    [...gapKeys.all, 'retirementWave', filter] as const,
  expiringCertificates: (filter: ExpiringCertificatesFilter) =>
    [...gapKeys.all, 'expiringCertificates', filter] as const,
  staffing: (filter: GapFilter) => [...gapKeys.all, 'staffing', filter] as const,
  holders: (requirementId: string, horizon: Horizon) =>
    [...gapKeys.all, 'holders', requirementId, horizon] as const,
};
