import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from '@web/features/auth';
import { isApiError, shouldRetry } from '@web/shared/graphql';

export function createQueryClient(): QueryClient {
  // A session can end while a page is open (idle limit, signed out in another
  // tab). The first answer that says so marks the user as signed out, and the
  // pages that need a session send them to the sign-in page and back.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') {
      queryClient.setQueryData(authKeys.me(), null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Organisation data changes rarely; avoid refetching on every page change.
        staleTime: 30_000,
        retry: (failureCount, error) => shouldRetry(failureCount, error),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
