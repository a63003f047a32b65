import type { EmployeeFilter } from '@web/gql/graphql';

/** "Sertifikater som utløper innen 90 dager". */
export const EXPIRING_WITHIN_DAYS = 90;
/** Rows fetched per page ("Vis flere" fetches the next page). */
export const EMPLOYEES_PAGE_SIZE = 50;

/** The list's filters as the form and the address hold them. */
export interface EmployeeListFilters {
  search: string;
  /** '' for every unit the user may see. */
  unitId: string;
  /** '' for every profession. */
  professionCode: string;
  /** '' for no competence filter. */
  competenceId: string;
  /** Minimum realkompetanse level for `competenceId`; null for "any level". */
  minLevel: number | null;
  expiringSoon: boolean;
  includeInactive: boolean;
}

export const EMPTY_EMPLOYEE_FILTERS: EmployeeListFilters = {
  search: '',
  unitId: '',
  professionCode: '',
  competenceId: '',
  minLevel: null,
  expiringSoon: false,
  includeInactive: false,
};

/** Query-string names, Norwegian like the addresses. */
const PARAM = {
  search: 'sok',
  unitId: 'enhet',
  professionCode: 'yrke',
  competenceId: 'kompetanse',
  minLevel: 'niva',
  expiringSoon: 'utloper',
  includeInactive: 'inaktive',
} as const;

/** Reads the filters from the address; anything malformed is ignored rather than failing. */
export function parseEmployeeFilters(params: URLSearchParams): EmployeeListFilters {
  const text = (name: string) => (params.get(name) ?? '').trim();
  const level = text(PARAM.minLevel);
  const minLevel = /^\d{1,2}$/.test(level) ? Number(level) : null;
  return {
    search: text(PARAM.search),
    unitId: text(PARAM.unitId),
    professionCode: text(PARAM.professionCode),
    competenceId: text(PARAM.competenceId),
    minLevel,
    expiringSoon: params.get(PARAM.expiringSoon) === String(EXPIRING_WITHIN_DAYS),
    includeInactive: params.get(PARAM.includeInactive) === 'ja',
  };
}

/** The address for the filters: defaults are left out, so a plain list is just `/ansatte`. */
export function employeeFiltersToParams(filters: EmployeeListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set(PARAM.search, search);
  if (filters.unitId) params.set(PARAM.unitId, filters.unitId);
  if (filters.professionCode) params.set(PARAM.professionCode, filters.professionCode);
  if (filters.competenceId) {
    params.set(PARAM.competenceId, filters.competenceId);
    if (filters.minLevel !== null) params.set(PARAM.minLevel, String(filters.minLevel));
  }
  if (filters.expiringSoon) params.set(PARAM.expiringSoon, String(EXPIRING_WITHIN_DAYS));
  if (filters.includeInactive) params.set(PARAM.includeInactive, 'ja');
  return params;
}

/** The GraphQL filter. A minimum level means nothing without a competence, so it is dropped then. */
export function toEmployeeFilter(filters: EmployeeListFilters): EmployeeFilter {
  const filter: EmployeeFilter = { includeInactive: filters.includeInactive };
  const search = filters.search.trim();
  if (search) filter.search = search;
  if (filters.unitId) filter.unitId = filters.unitId;
  if (filters.professionCode) filter.professionCodes = [filters.professionCode];
  if (filters.competenceId) {
    filter.competenceId = filters.competenceId;
    if (filters.minLevel !== null) filter.minLevel = filters.minLevel;
  }
  if (filters.expiringSoon) filter.expiringWithinDays = EXPIRING_WITHIN_DAYS;
  return filter;
}

export function hasActiveFilters(filters: EmployeeListFilters): boolean {
  return employeeFiltersToParams(filters).toString() !== '';
}
