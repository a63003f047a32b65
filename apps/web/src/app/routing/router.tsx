import { createBrowserRouter, type RouteObject } from 'react-router';
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
          { index: true, element: <MunicipalitiesPage /> },
          { path: MUNICIPALITY_ROUTE, element: <MunicipalityPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
