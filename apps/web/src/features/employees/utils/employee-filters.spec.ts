import {
  EMPTY_EMPLOYEE_FILTERS,
  employeeFiltersToParams,
  hasActiveFilters,
  parseEmployeeFilters,
  toEmployeeFilter,
  type EmployeeListFilters,
} from './employee-filters';

const ALL: EmployeeListFilters = {
  search: 'Hansen',
  unitId: 'u1',
  professionCode: '2223',
  competenceId: 'c1',
  minLevel: 3,
  expiringSoon: true,
  includeInactive: true,
};

describe('employee list filters in the address', () => {
  it('leaves defaults out, so the plain list has no query string', () => {
    expect(employeeFiltersToParams(EMPTY_EMPLOYEE_FILTERS).toString()).toBe('');
    expect(hasActiveFilters(EMPTY_EMPLOYEE_FILTERS)).toBe(false);
  });

  it('writes every filter under a Norwegian name and reads it back', () => {
    const params = employeeFiltersToParams(ALL);
    expect(params.toString()).toBe(
      'sok=Hansen&enhet=u1&yrke=2223&kompetanse=c1&niva=3&utloper=90&inaktive=ja',
    );
    expect(parseEmployeeFilters(params)).toEqual(ALL);
    expect(hasActiveFilters(ALL)).toBe(true);
  });

  it('keeps level 0 as a level', () => {
    const params = employeeFiltersToParams({ ...ALL, minLevel: 0 });
    expect(params.get('niva')).toBe('0');
    expect(parseEmployeeFilters(params).minLevel).toBe(0);
  });

  it('drops a minimum level without a competence', () => {
    const params = employeeFiltersToParams({ ...EMPTY_EMPLOYEE_FILTERS, minLevel: 2 });
    expect(params.toString()).toBe('');
  });

  it('trims the search and ignores malformed values', () => {
    const parsed = parseEmployeeFilters(
      new URLSearchParams('sok=%20%20Ola%20&niva=tre&utloper=30&inaktive=1'),
    );
    expect(parsed).toEqual({ ...EMPTY_EMPLOYEE_FILTERS, search: 'Ola' });
  });
});

describe('toEmployeeFilter', () => {
  it('sends only the filters in use', () => {
    expect(toEmployeeFilter(EMPTY_EMPLOYEE_FILTERS)).toEqual({ includeInactive: false });
  });

  it('maps every filter onto the GraphQL input', () => {
    expect(toEmployeeFilter(ALL)).toEqual({
      search: 'Hansen',
      unitId: 'u1',
      professionCodes: ['2223'],
      competenceId: 'c1',
      minLevel: 3,
      expiringWithinDays: 90,
      includeInactive: true,
    });
  });

  it('sends no minimum level without a competence', () => {
    expect(toEmployeeFilter({ ...EMPTY_EMPLOYEE_FILTERS, minLevel: 2 })).toEqual({
      includeInactive: false,
    });
  });
});
