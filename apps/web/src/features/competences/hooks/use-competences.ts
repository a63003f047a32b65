import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CompetenceFilter } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { CompetenceAreasQuery } from '../graphql/competence-areas.query';
import { CompetenceQuery } from '../graphql/competence.query';
import { CompetencesQuery } from '../graphql/competences.query';
import { competenceKeys } from './competence-keys';

export function competencesQueryOptions(filter: CompetenceFilter = {}) {
  return queryOptions({
    queryKey: competenceKeys.list(filter),
    queryFn: async ({ signal }) =>
      (await request(CompetencesQuery, { filter }, { signal })).competences,
  });
}

/** Catalogue entries matching the filter, by area and name. */
export function useCompetences(filter: CompetenceFilter = {}) {
  // While a new filter loads the old rows stay, so the table does not blink away.
  return useQuery({ ...competencesQueryOptions(filter), placeholderData: keepPreviousData });
}

/** One catalogue entry; `data` is null when it does not exist. */
export function useCompetence(id: string) {
  return useQuery({
    queryKey: competenceKeys.detail(id),
    queryFn: async ({ signal }) => (await request(CompetenceQuery, { id }, { signal })).competence,
  });
}

export function useCompetenceAreas() {
  return useQuery({
    queryKey: competenceKeys.areas(),
    queryFn: async ({ signal }) =>
      (await request(CompetenceAreasQuery, undefined, { signal })).competenceAreas,
  });
}
