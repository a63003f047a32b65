import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAccess, SIGN_IN_ROUTE, SignInPage } from '@web/features/auth';
import {
  CATALOGUE_ROUTE,
  CataloguePage,
  COMPETENCE_ROUTE,
  CompetencePage,
  EDIT_COMPETENCE_ROUTE,
  EditCompetencePage,
  NEW_COMPETENCE_ROUTE,
  NewCompetencePage,
} from '@web/features/competences';
import {
  EMPLOYEE_ROUTE,
  EmployeeProfilePage,
  EMPLOYEES_ROUTE,
  EmployeesPage,
} from '@web/features/employees';
import { IMPORT_ROUTE, ImportPage } from '@web/features/imports';
import {
  MUNICIPALITY_ROUTE,
  MunicipalitiesPage,
  MunicipalityPage,
} from '@web/features/organisation';
import { AppShell } from '../layout/app-shell';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      {
        // Errors while rendering a page replace the page only; the shell stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          // Public: the organisation chart is public information.
          { index: true, element: <MunicipalitiesPage /> },
          { path: MUNICIPALITY_ROUTE, element: <MunicipalityPage /> },
          { path: SIGN_IN_ROUTE, element: <SignInPage /> },
          // Personal data: unit leaders and HR, each in their own scope.
          {
            element: <RequireAccess capability="employees" />,
            children: [
              { path: EMPLOYEES_ROUTE, element: <EmployeesPage /> },
              { path: EMPLOYEE_ROUTE, element: <EmployeeProfilePage /> },
            ],
          },
          {
            element: <RequireAccess capability="catalogue" />,
            children: [
              { path: CATALOGUE_ROUTE, element: <CataloguePage /> },
              {
                element: <RequireAccess capability="editCatalogue" />,
                children: [
                  { path: NEW_COMPETENCE_ROUTE, element: <NewCompetencePage /> },
                  { path: EDIT_COMPETENCE_ROUTE, element: <EditCompetencePage /> },
                ],
              },
              { path: COMPETENCE_ROUTE, element: <CompetencePage /> },
            ],
          },
          {
            element: <RequireAccess capability="import" />,
            children: [{ path: IMPORT_ROUTE, element: <ImportPage /> }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
