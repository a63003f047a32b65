import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DERIVED_FIGURES_KEY, request } from '@web/shared/graphql';
import { EraseEmployeeMutation } from '../graphql/erase-employee.mutation';
import { ExportEmployeeDataQuery } from '../graphql/export-employee-data.query';
import { employeeKeys } from './employee-keys';

/**
 * Fetches the GDPR export when HR asks for it. A mutation rather than a
 * query on purpose: it is an action (each one audited), and the document
 * should go to the file, not stay in the cache.
 */
export function useExportEmployeeData(employeeId: string) {
  return useMutation({
    mutationFn: async () =>
      (await request(ExportEmployeeDataQuery, { employeeId })).exportEmployeeData,
  });
}

/**
 * Erases the person. Afterwards the API answers for them as for an unknown
 * employee; `forget` puts that answer into the cache without asking (a
 * refetch would only be one more audited read), once the page is ready to
 * show the erasure instead of "not found".
 */
export function useEraseEmployee(employeeId: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async (confirmEmployeeNumber: string) =>
      (await request(EraseEmployeeMutation, { employeeId, confirmEmployeeNumber })).eraseEmployee,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: employeeKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
      ]),
  });
  const forget = () => queryClient.setQueryData(employeeKeys.detail(employeeId), null);
  return { ...mutation, forget };
}
