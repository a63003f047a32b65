import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

interface PendingQuery {
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

interface QueryPendingProps {
  query: PendingQuery;
  /** Already translated, e.g. "Laster kompetansegap …". */
  loadingLabel: string;
}

/**
 * What a view shows while its query has no data: the error with "Prøv igjen" when it
 * failed, otherwise a loading status.
 */
export function QueryPending({ query, loadingLabel }: QueryPendingProps) {
  return query.isError ? (
    <ErrorState
      error={query.error}
      retrying={query.isFetching}
      onRetry={() => void query.refetch()}
    />
  ) : (
    <LoadingState label={loadingLabel} />
  );
}
