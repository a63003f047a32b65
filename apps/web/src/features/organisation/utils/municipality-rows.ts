import type { MunicipalitiesQuery } from '@web/gql/graphql';
import { municipalityPath } from './organisation-paths';

export type MunicipalityWithUnits = MunicipalitiesQuery['municipalities'][number];

export interface MunicipalityRow {
  id: string;
  number: string;
  name: string;
  unitCount: number;
  path: string;
}

/** Rows for the list of municipalities, by kommunenummer. */
export function toMunicipalityRows(
  municipalities: readonly MunicipalityWithUnits[],
): MunicipalityRow[] {
  return [...municipalities]
    .sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }))
    .map(({ id, number, name, unitCount }) => ({
      id,
      number,
      name,
      unitCount,
      path: municipalityPath(number),
    }));
}

export function findMunicipality<T extends { number: string }>(
  municipalities: readonly T[],
  number: string | undefined,
): T | null {
  const wanted = number?.trim();
  if (!wanted) return null;
  return municipalities.find((municipality) => municipality.number === wanted) ?? null;
}
