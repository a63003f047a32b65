import { useInfiniteQuery } from '@tanstack/react-query';
import { request } from '@web/shared/graphql';
import { AuditLogQuery } from '../graphql/audit-log.query';
import type { AuditLogFilter } from '../utils/admin-paths';
import { AUDIT_PAGE_SIZE } from '../utils/audit-paging';
import { adminKeys } from './admin-keys';

/**
 * The audit log, newest first, a page at a time: "Vis eldre" asks for the
 * entries after the last one shown in the log's order (time, then id). The API
 * decides whose entries the user may read (HR: their municipality).
 */
export function useAuditLog(filter: AuditLogFilter) {
  return useInfiniteQuery({
    queryKey: adminKeys.auditLog(filter),
    queryFn: async ({ pageParam, signal }) =>
      (
        await request(
          AuditLogQuery,
          // Left out rather than null: the API reads a null `before` as an id.
          {
            filter: {
              first: AUDIT_PAGE_SIZE,
              before: pageParam ?? undefined,
              employeeId: filter.employeeId ?? undefined,
              from: filter.from ?? undefined,
              to: filter.to ?? undefined,
            },
          },
          { signal },
        )
      ).auditLog,
    initialPageParam: null as string | null,
    getNextPageParam: (page) =>
      page.length < AUDIT_PAGE_SIZE ? null : (page[page.length - 1]?.id ?? null),
    // The log grows all the time; what the user is reading must not change under them.
    refetchOnWindowFocus: false,
  });
}
