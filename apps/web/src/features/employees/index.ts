// What the app shell needs from the employees feature.
export { EmployeeProfilePage } from './components/employee-profile-page';
export { EmployeesPage } from './components/employees-page';
export { EMPLOYEE_ROUTE, EMPLOYEES_ROUTE, employeePath } from './utils/employee-paths';
export { employeeKeys } from './hooks/employee-keys';
export { useEmployees } from './hooks/use-employees';
