import { useQuery } from '@tanstack/react-query';
import type { ImportKind } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { ImportColumnsQuery } from '../graphql/import-columns.query';
import { importKeys } from './import-keys';

/** The columns an import reads, as the API's parser defines them (never a copy in the web). */
export function useImportColumns(kind: ImportKind) {
  return useQuery({
    queryKey: importKeys.columns(kind),
    queryFn: async ({ signal }) =>
      (await request(ImportColumnsQuery, { kind }, { signal })).importColumns,
    staleTime: Infinity,
  });
}
