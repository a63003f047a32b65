/** Route pattern of a municipality's page; addresses are Norwegian since people share and read them. */
export const MUNICIPALITY_ROUTE = 'kommuner/:number';

export function municipalityPath(number: string): string {
  return `/kommuner/${encodeURIComponent(number)}`;
}
