/** Route patterns; addresses are Norwegian since people share and read them. */
export const APPRAISALS_ROUTE = 'samtaler';
export const APPRAISAL_STATISTICS_ROUTE = 'samtaler/oversikt';
export const TEACHING_DIRECTORY_ROUTE = 'samtaler/kan-lære-bort';
export const APPRAISAL_ROUTE = 'samtaler/:employeeId';
export const APPRAISAL_PRINT_ROUTE = 'samtaler/:employeeId/utskrift';

/** Query-string name of an explicitly chosen cycle (the current one when absent). */
export const CYCLE_PARAM = 'syklus';

function withCycle(path: string, cycleId?: string | null): string {
  return cycleId ? `${path}?${CYCLE_PARAM}=${encodeURIComponent(cycleId)}` : path;
}

export function appraisalsPath(cycleId?: string | null): string {
  return withCycle('/samtaler', cycleId);
}

export function appraisalPath(employeeId: string, cycleId?: string | null): string {
  return withCycle(`/samtaler/${encodeURIComponent(employeeId)}`, cycleId);
}

export function appraisalPrintPath(employeeId: string, cycleId?: string | null): string {
  return withCycle(`/samtaler/${encodeURIComponent(employeeId)}/utskrift`, cycleId);
}

export function appraisalStatisticsPath(search = ''): string {
  return search ? `/samtaler/oversikt?${search}` : '/samtaler/oversikt';
}

export function teachingDirectoryPath(search = ''): string {
  return search ? `/samtaler/kan-lære-bort?${search}` : '/samtaler/kan-lære-bort';
}
