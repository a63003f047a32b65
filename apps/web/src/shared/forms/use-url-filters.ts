import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlFilterCodec<T> {
  parse: (params: URLSearchParams) => T;
  toParams: (filters: T) => URLSearchParams;
}

/**
 * Filters kept in the address: the address is the source of truth, so a filtered list can
 * be shared and the back button works. Returns the filters in effect and `apply`, which
 * writes new ones to the address (a new history entry). `formKey` changes with the address:
 * as the filter form's key it starts the form again from the filters in effect (back button).
 */
export function useUrlFilters<T>({ parse, toParams }: UrlFilterCodec<T>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  // Parsed from the text so the value stays the same object until the address changes.
  const filters = useMemo(() => parse(new URLSearchParams(query)), [parse, query]);
  const apply = useCallback(
    (next: T) => setSearchParams(toParams(next)),
    [setSearchParams, toParams],
  );
  return { filters, apply, formKey: query };
}
