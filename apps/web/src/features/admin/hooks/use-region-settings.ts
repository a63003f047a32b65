import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateRegionSettingsInput } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { RegionSettingsQuery } from '../graphql/region-settings.query';
import { UpdateRegionSettingsMutation } from '../graphql/update-region-settings.mutation';
import { adminKeys } from './admin-keys';

export function useRegionSettings() {
  return useQuery({
    queryKey: adminKeys.settings(),
    queryFn: async ({ signal }) =>
      (await request(RegionSettingsQuery, undefined, { signal })).regionSettings,
  });
}

/**
 * Saves the settings. The answer is what is stored; every cached figure may
 * have been built on the old k, so everything outside the session is refetched.
 */
export function useUpdateRegionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateRegionSettingsInput) =>
      (await request(UpdateRegionSettingsMutation, { input })).updateRegionSettings,
    onSuccess: async (settings) => {
      queryClient.setQueryData(adminKeys.settings(), settings);
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'auth' && query.queryKey[0] !== 'admin',
      });
      await queryClient.invalidateQueries({ queryKey: adminKeys.auditLogs() });
    },
  });
}
