/** Route patterns; addresses are Norwegian since people share and read them. */
export const REQUIREMENTS_ROUTE = 'krav';
export const NEW_REQUIREMENT_ROUTE = 'krav/ny';
export const EDIT_REQUIREMENT_ROUTE = 'krav/:id/endre';
export const NEW_STAFFING_ROUTE = 'krav/bemanning/ny';
export const EDIT_STAFFING_ROUTE = 'krav/bemanning/:id/endre';
export const COPY_REQUIREMENTS_ROUTE = 'krav/kopier';

function withUnit(path: string, unitId?: string | null): string {
  return unitId ? `${path}?enhet=${encodeURIComponent(unitId)}` : path;
}

export function requirementsPath(search = ''): string {
  return search ? `/krav?${search}` : '/krav';
}

/** The list for a unit, the way the list page keeps it in the address. */
export function unitRequirementsPath(unitId: string): string {
  return withUnit('/krav', unitId);
}

export function newRequirementPath(unitId?: string | null): string {
  return withUnit('/krav/ny', unitId);
}

export function editRequirementPath(id: string): string {
  return `/krav/${encodeURIComponent(id)}/endre`;
}

export function newStaffingPath(unitId?: string | null): string {
  return withUnit('/krav/bemanning/ny', unitId);
}

export function editStaffingPath(id: string): string {
  return `/krav/bemanning/${encodeURIComponent(id)}/endre`;
}

export function copyRequirementsPath(unitId?: string | null): string {
  return withUnit('/krav/kopier', unitId);
}
