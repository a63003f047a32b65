import type { EmployeeFilter } from '@web/gql/graphql';

/** Query keys of the employees feature (personal data: dropped from the cache on sign-out). */
export const employeeKeys = {
  all: ['employees'] as const,
  lists: () => [...employeeKeys.all, 'list'] as const,
  list: (filter: EmployeeFilter) => [...employeeKeys.lists(), filter] as const,
  details: () => [...employeeKeys.all, 'detail'] as const,
  detail: (id: string) => [...employeeKeys.details(), id] as const,
  professions: () => [...employeeKeys.all, 'professions'] as const,
};
