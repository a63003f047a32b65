import { createBrowserRouter, type RouteObject } from 'react-router';
import {
  ADMIN_ROUTE,
  ADMIN_SETTINGS_ROUTE,
  ADMIN_USER_ROUTE,
  AUDIT_LOG_ROUTE,
  AuditLogPage,
  SettingsPage,
  UserPage,
  UsersPage,
} from '@web/features/admin';
import {
  APPRAISAL_PRINT_ROUTE,
  APPRAISAL_ROUTE,
  APPRAISAL_STATISTICS_ROUTE,
  AppraisalPage,
  AppraisalPrintPage,
  APPRAISALS_ROUTE,
  AppraisalsPage,
  AppraisalStatisticsPage,
  RequireAppraisalAccess,
  TEACHING_DIRECTORY_ROUTE,
  TeachingDirectoryPage,
} from '@web/features/appraisals';
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
import {
  EVALUATION_ROUTE,
  EvaluationPage,
  SEPTEMBER_ROUTE,
  SeptemberPage,
} from '@web/features/evaluation';
import { GAP_HOLDERS_ROUTE, GAP_ROUTE, GapHoldersPage, GapPage } from '@web/features/gaps';
import { IMPORT_ROUTE, ImportPage } from '@web/features/imports';
import { KOSTRA_ROUTE, KostraPage } from '@web/features/kostra';
import {
  MUNICIPALITY_ROUTE,
  MunicipalitiesPage,
  MunicipalityPage,
} from '@web/features/organisation';
import {
  MEASURE_ROUTE,
  MeasurePage,
  NEW_MEASURE_ROUTE,
  NewMeasurePage,
  PLANS_ROUTE,
  PlansPage,
} from '@web/features/plans';
import {
  COPY_REQUIREMENTS_ROUTE,
  CopyRequirementsPage,
  EDIT_REQUIREMENT_ROUTE,
  EDIT_STAFFING_ROUTE,
  EditRequirementPage,
  EditStaffingPage,
  NEW_REQUIREMENT_ROUTE,
  NEW_STAFFING_ROUTE,
  NewRequirementPage,
  NewStaffingPage,
  REQUIREMENTS_ROUTE,
  RequirementsPage,
} from '@web/features/requirements';
import { AppShell } from '../layout/app-shell';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';

/**
 * Pages anyone may open, signed in or not ('' is the home page, '*' unknown addresses).
 * Every other page sits under an access rule (RequireAccess, RequireAppraisalAccess);
 * router.spec fails for a page that has neither.
 */
export const PUBLIC_ROUTES: readonly string[] = ['', MUNICIPALITY_ROUTE, SIGN_IN_ROUTE, '*'];

/**
 * Pages with no main-menu entry of their own (or above them), and how a user gets there.
 * Every other page is a menu entry or lies under one (`krav/ny` under `krav`); router.spec
 * fails for a page that is neither, so a new capability cannot forget its menu entry.
 */
export const NOT_IN_NAVIGATION: Readonly<Record<string, string>> = {
  [MUNICIPALITY_ROUTE]: 'the municipality list on the home page',
  [SIGN_IN_ROUTE]: 'the sign-in button in the header, and every page that needs a session',
  [APPRAISALS_ROUTE]: "the appraisal feature's own menu entry (appraisalMenuTarget), per role",
  '*': 'any unknown address',
};

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
          // Users, roles and settings: the region's administrator.
          {
            element: <RequireAccess capability="administration" />,
            children: [
              { path: ADMIN_ROUTE, element: <UsersPage /> },
              { path: ADMIN_USER_ROUTE, element: <UserPage /> },
              { path: ADMIN_SETTINGS_ROUTE, element: <SettingsPage /> },
            ],
          },
          // The audit log: the administrator (whole region) and HR (own municipality).
          {
            element: <RequireAccess capability="auditLog" />,
            children: [{ path: AUDIT_LOG_ROUTE, element: <AuditLogPage /> }],
          },
          // Appraisal talks: records for leaders and HR; aggregates and the directory wider.
          {
            element: <RequireAppraisalAccess access="records" />,
            children: [
              { path: APPRAISALS_ROUTE, element: <AppraisalsPage /> },
              { path: APPRAISAL_ROUTE, element: <AppraisalPage /> },
              { path: APPRAISAL_PRINT_ROUTE, element: <AppraisalPrintPage /> },
            ],
          },
          {
            element: <RequireAppraisalAccess access="statistics" />,
            children: [{ path: APPRAISAL_STATISTICS_ROUTE, element: <AppraisalStatisticsPage /> }],
          },
          {
            element: <RequireAppraisalAccess access="directory" />,
            children: [{ path: TEACHING_DIRECTORY_ROUTE, element: <TeachingDirectoryPage /> }],
          },
          // The competence gap: aggregates for everyone (small groups hidden by the API); the
          // people behind a requirement only for leaders and HR in their own scope.
          {
            element: <RequireAccess capability="gaps" />,
            children: [{ path: GAP_ROUTE, element: <GapPage /> }],
          },
          {
            element: <RequireAccess capability="employees" />,
            children: [{ path: GAP_HOLDERS_ROUTE, element: <GapHoldersPage /> }],
          },
          // Requirements: everyone reads; the editors check who may change which unit.
          {
            element: <RequireAccess capability="requirements" />,
            children: [
              { path: REQUIREMENTS_ROUTE, element: <RequirementsPage /> },
              { path: NEW_REQUIREMENT_ROUTE, element: <NewRequirementPage /> },
              { path: EDIT_REQUIREMENT_ROUTE, element: <EditRequirementPage /> },
              { path: NEW_STAFFING_ROUTE, element: <NewStaffingPage /> },
              { path: EDIT_STAFFING_ROUTE, element: <EditStaffingPage /> },
              { path: COPY_REQUIREMENTS_ROUTE, element: <CopyRequirementsPage /> },
            ],
          },
          // Action plans and measures: everyone reads (names hidden from the board); the pages
          // offer writing where the user plans for the scope, and the API decides.
          {
            element: <RequireAccess capability="plans" />,
            children: [
              { path: PLANS_ROUTE, element: <PlansPage /> },
              { path: NEW_MEASURE_ROUTE, element: <NewMeasurePage /> },
              { path: MEASURE_ROUTE, element: <MeasurePage /> },
            ],
          },
          // Evaluation: figures for everyone (people counts rounded by the API where the
          // caller may not see the people); entering is scoped by the API.
          {
            element: <RequireAccess capability="evaluation" />,
            children: [
              { path: EVALUATION_ROUTE, element: <EvaluationPage /> },
              { path: SEPTEMBER_ROUTE, element: <SeptemberPage /> },
            ],
          },
          // KOSTRA: published statistics and aggregates for every role; importing is checked
          // on the page and by the API (coordinator and administrator).
          {
            element: <RequireAccess capability="kostra" />,
            children: [{ path: KOSTRA_ROUTE, element: <KostraPage /> }],
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
