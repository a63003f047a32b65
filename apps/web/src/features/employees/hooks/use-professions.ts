import { useQuery } from '@tanstack/react-query';
import { request } from '@web/shared/graphql';
import { ProfessionsQuery } from '../graphql/professions.query';
import { employeeKeys } from './employee-keys';

/** STYRK-08 professions with their Norwegian names; they never change while the app runs. */
export function useProfessions() {
  return useQuery({
    queryKey: employeeKeys.professions(),
    queryFn: async ({ signal }) =>
      (await request(ProfessionsQuery, undefined, { signal })).professions,
    staleTime: Infinity,
  });
}
