export type ExportFormat = 'csv' | 'xlsx';

/**
 * The API's download of a municipality's competence overview (one row per employee, one
 * column per competence), optionally one unit's part. A plain link: the session cookie goes
 * with it, and a GET needs no CSRF token.
 */
export function competenceOverviewUrl(
  format: ExportFormat,
  municipalityNumber: string,
  unitId?: string | null,
): string {
  const search = new URLSearchParams({ municipality: municipalityNumber, format });
  if (unitId) search.set('unitId', unitId);
  return `/api/exports/competence-overview?${search.toString()}`;
}

/**
 * Municipalities whose competence overview the user may download: HR there, or a unit leader
 * there (who gets their own units). The API checks the same.
 */
export function overviewMunicipalityIds(
  roles: ReadonlyArray<{ role: string; municipalityId: string | null }>,
): string[] {
  const ids = roles
    .filter((r) => (r.role === 'MUNICIPALITY_HR' || r.role === 'UNIT_LEADER') && r.municipalityId)
    .map((r) => r.municipalityId as string);
  return [...new Set(ids)];
}
