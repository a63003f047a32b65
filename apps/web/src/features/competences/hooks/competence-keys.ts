import type { CompetenceFilter } from '@web/gql/graphql';

/** Query keys of the catalogue; invalidate `all` after a change to refetch every view of it. */
export const competenceKeys = {
  all: ['competences'] as const,
  lists: () => [...competenceKeys.all, 'list'] as const,
  list: (filter: CompetenceFilter) => [...competenceKeys.lists(), filter] as const,
  details: () => [...competenceKeys.all, 'detail'] as const,
  detail: (id: string) => [...competenceKeys.details(), id] as const,
  areas: () => [...competenceKeys.all, 'areas'] as const,
};
