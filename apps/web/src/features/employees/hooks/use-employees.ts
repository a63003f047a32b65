import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { EmployeeFilter } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { EmployeesQuery } from '../graphql/employees.query';
import { EMPLOYEES_PAGE_SIZE } from '../utils/employee-filters';
import { employeeKeys } from './employee-keys';

/** The employee list, a page at a time ("Vis flere" fetches the next). */
export function useEmployees(filter: EmployeeFilter) {
  return useInfiniteQuery({
    queryKey: employeeKeys.list(filter),
    queryFn: async ({ pageParam, signal }) =>
      (
        await request(
          EmployeesQuery,
          { filter, first: EMPLOYEES_PAGE_SIZE, after: pageParam },
          { signal },
        )
      ).employees,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
    placeholderData: keepPreviousData,
  });
}
