import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from '@web/shared/graphql';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Organisation data changes rarely; avoid refetching on every page change.
        staleTime: 30_000,
        retry: (failureCount, error) => shouldRetry(failureCount, error),
      },
      mutations: { retry: false },
    },
  });
}
