/** Route patterns; addresses are Norwegian since people share and read them. */
export const CATALOGUE_ROUTE = 'katalog';
export const NEW_COMPETENCE_ROUTE = 'katalog/ny';
export const COMPETENCE_ROUTE = 'katalog/:id';
export const EDIT_COMPETENCE_ROUTE = 'katalog/:id/endre';

export function cataloguePath(search = ''): string {
  return search ? `/katalog?${search}` : '/katalog';
}

export function newCompetencePath(): string {
  return '/katalog/ny';
}

export function competencePath(id: string): string {
  return `/katalog/${encodeURIComponent(id)}`;
}

export function editCompetencePath(id: string): string {
  return `/katalog/${encodeURIComponent(id)}/endre`;
}
