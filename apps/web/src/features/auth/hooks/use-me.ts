import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError, request } from '@web/shared/graphql';
import { MeQuery } from '../graphql/me.query';
import type { CurrentUser } from '../utils/access';
import { authKeys } from './auth-keys';

export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    // Anonymous is an answer, not a failure: `data` is null when nobody is signed in.
    queryFn: async ({ signal }): Promise<CurrentUser | null> => {
      try {
        return (await request(MeQuery, undefined, { signal })).me;
      } catch (error) {
        if (isApiError(error) && error.code === 'UNAUTHENTICATED') return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The signed-in user (`data` null when signed out, undefined while unknown). */
export function useMe() {
  return useQuery(meQueryOptions());
}
