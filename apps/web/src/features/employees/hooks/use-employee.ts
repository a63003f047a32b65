import { useQuery } from '@tanstack/react-query';
import { request } from '@web/shared/graphql';
import { EmployeeQuery } from '../graphql/employee.query';
import { employeeKeys } from './employee-keys';

/**
 * One employee's profile. `data` is null both when the employee does not
 * exist and when they are outside the user's scope: the API does not tell
 * the two apart, and neither does the page.
 */
export function useEmployee(id: string) {
  return useQuery({
    queryKey: employeeKeys.detail(id),
    queryFn: async ({ signal }) => (await request(EmployeeQuery, { id }, { signal })).employee,
  });
}
