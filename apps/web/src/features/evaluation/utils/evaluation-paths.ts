/** Route patterns; addresses are Norwegian since people share and read them. */
export const EVALUATION_ROUTE = 'evaluering';
export const SEPTEMBER_ROUTE = 'evaluering/september';

export function evaluationPath(): string {
  return '/evaluering';
}

export function septemberPath(): string {
  return '/evaluering/september';
}

/** The September view's download (CSV or XLSX) from the API. */
export function septemberExportUrl(
  indicatorIds: readonly string[],
  format: 'csv' | 'xlsx',
): string {
  const params = new URLSearchParams({ indicatorIds: indicatorIds.join(','), format });
  return `/api/exports/september-view?${params.toString()}`;
}
