import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { request } from '@web/shared/graphql';
import { MunicipalitiesQuery } from '../graphql/municipalities.query';
import { findMunicipality, type MunicipalityWithUnits } from '../utils/municipality-rows';
import { organisationKeys } from './organisation-keys';

export function municipalitiesQueryOptions() {
  return queryOptions({
    queryKey: organisationKeys.municipalities(),
    queryFn: async ({ signal }) =>
      (await request(MunicipalitiesQuery, undefined, { signal })).municipalities,
  });
}

/** The region's municipalities with their units. */
export function useMunicipalities() {
  return useQuery(municipalitiesQueryOptions());
}

/**
 * One municipality by kommunenummer, read from the same query (the API has
 * no single-municipality query yet): `data` is null when the number is unknown.
 */
export function useMunicipality(number: string | undefined) {
  const select = useCallback(
    (municipalities: MunicipalityWithUnits[]) => findMunicipality(municipalities, number),
    [number],
  );
  return useQuery({ ...municipalitiesQueryOptions(), select });
}
