import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddUnitInput } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { AddUnitMutation } from '../graphql/add-unit.mutation';
import { organisationKeys } from './organisation-keys';

/**
 * Adds a unit. The mutation counts as done only once the municipalities are
 * refetched, so the tree already shows the unit when success is announced.
 */
export function useAddUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddUnitInput) => (await request(AddUnitMutation, { input })).addUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.municipalities() }),
  });
}
