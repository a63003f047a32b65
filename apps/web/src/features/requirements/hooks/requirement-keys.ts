import type { RequirementFilter } from '@web/gql/graphql';

/** Query keys of the requirements; invalidate `all` (and the gap analysis) after a change. */
export const requirementKeys = {
  all: ['requirements'] as const,
  lists: () => [...requirementKeys.all, 'list'] as const,
  list: (filter: RequirementFilter) => [...requirementKeys.lists(), filter] as const,
  details: () => [...requirementKeys.all, 'detail'] as const,
  detail: (id: string) => [...requirementKeys.details(), id] as const,
  professions: () => [...requirementKeys.all, 'professions'] as const,
};
