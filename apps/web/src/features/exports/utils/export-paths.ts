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

/**
 * The funding report (measures, participants, hours and cost per funding source, and the gaps
 * they addressed) for a half-year, for one municipality or the whole region: the grant report
 * to Statsforvalteren.
 */
export function fundingReportUrl(
  format: ExportFormat,
  period: { year: number; half: number },
  municipalityNumber?: string | null,
): string {
  const search = new URLSearchParams({
    format,
    year: String(period.year),
    half: String(period.half),
  });
  if (municipalityNumber) search.set('municipality', municipalityNumber);
  return `/api/exports/funding-report?${search.toString()}`;
}

/** Roles the API gives the funding report (the administrator runs the service, not grants). */
export const FUNDING_REPORT_ROLES = [
  'MUNICIPALITY_HR',
  'UNIT_LEADER',
  'REGIONAL_COORDINATOR',
  'BOARD_MEMBER',
] as const;
