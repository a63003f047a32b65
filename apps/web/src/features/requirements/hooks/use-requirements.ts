import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RequirementFilter } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import {
  RequirementProfessionsQuery,
  RequirementQuery,
  RequirementsQuery,
  StaffingRequirementsQuery,
} from '../graphql/requirements.query';
import { requirementKeys } from './requirement-keys';

/** Competence and staffing requirements of a unit (and below), a municipality or the region. */
export function useRequirements(filter: RequirementFilter | null) {
  return useQuery({
    queryKey: requirementKeys.list(filter ?? {}),
    queryFn: async ({ signal }) => request(RequirementsQuery, { filter }, { signal }),
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}

/** One requirement; `data` is null when it does not exist. */
export function useRequirement(id: string) {
  return useQuery({
    queryKey: requirementKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await request(RequirementQuery, { id }, { signal })).requirement,
  });
}

/** STYRK-08 professions for staffing requirements; they never change while the app runs. */
export function useRequirementProfessions() {
  return useQuery({
    queryKey: requirementKeys.professions(),
    queryFn: async ({ signal }) =>
      (await request(RequirementProfessionsQuery, undefined, { signal })).professions,
    staleTime: Infinity,
  });
}

/** One staffing requirement, found among the region's; `data` is null when it does not exist. */
export function useStaffingRequirement(id: string) {
  return useQuery({
    queryKey: [...requirementKeys.details(), 'staffing', id] as const,
    queryFn: async ({ signal }) =>
      (
        await request(StaffingRequirementsQuery, { filter: {} }, { signal })
      ).staffingRequirements.find((entry) => entry.id === id) ?? null,
  });
}
