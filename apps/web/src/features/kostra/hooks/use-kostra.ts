import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '@web/shared/graphql';
import { KostraComparisonQuery, KostraOwnFigureQuery } from '../graphql/kostra.queries';
import { uploadKostra } from '../utils/upload-kostra';
import { kostraKeys } from './kostra-keys';

/** A municipality against the region, its KOSTRA group, county and country. */
export function useKostraComparison(municipalityId: string | null) {
  return useQuery({
    queryKey: kostraKeys.comparison(municipalityId ?? ''),
    queryFn: async ({ signal }) =>
      (await request(KostraComparisonQuery, { municipalityId: municipalityId ?? '' }, { signal }))
        .kostraComparison,
    enabled: !!municipalityId,
  });
}

/** The service's own share of FTE with health education beside SSB's. */
export function useKostraOwnFigure(municipalityId: string | null) {
  return useQuery({
    queryKey: kostraKeys.ownFigure(municipalityId ?? ''),
    queryFn: async ({ signal }) =>
      (await request(KostraOwnFigureQuery, { municipalityId: municipalityId ?? '' }, { signal }))
        .kostraOwnFigure,
    enabled: !!municipalityId,
  });
}

/** Uploads a KOSTRA file; afterwards every comparison is fetched again. */
export function useKostraUpload() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadKostra(file),
    onSuccess: async (outcome) => {
      if (outcome.kind === 'report') {
        await queryClient.invalidateQueries({ queryKey: kostraKeys.all });
      }
    },
  });
}
