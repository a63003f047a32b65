/** Route patterns; addresses are Norwegian since people share and read them. */
export const EMPLOYEES_ROUTE = 'ansatte';
export const EMPLOYEE_ROUTE = 'ansatte/:id';

export function employeesPath(search = ''): string {
  return search ? `/ansatte?${search}` : '/ansatte';
}

export function employeePath(id: string): string {
  return `/ansatte/${encodeURIComponent(id)}`;
}
