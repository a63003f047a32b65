import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

export interface RenderOptions {
  /** The address the component sees (search parameters included). */
  route?: string;
  /** Pre-filled query data, so components that read hooks render without a server. */
  queryData?: ReadonlyArray<readonly [readonly unknown[], unknown]>;
}

/** A query client for one test: no retries, data kept for the whole test. */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, gcTime: Infinity },
      mutations: { retry: false },
    },
  });
}

/** Renders inside the providers the app gives every page: a router and a query client. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', queryData = [] }: RenderOptions = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = testQueryClient();
  for (const [key, data] of queryData) queryClient.setQueryData(key, data);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
