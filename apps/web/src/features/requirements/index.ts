// What the app shell needs from the requirements feature.
export { CopyRequirementsPage } from './components/copy-requirements-page';
export {
  EditRequirementPage,
  EditStaffingPage,
  NewRequirementPage,
  NewStaffingPage,
} from './components/requirement-editor-pages';
export { RequirementsPage } from './components/requirements-page';
export { requirementKeys } from './hooks/requirement-keys';
export {
  COPY_REQUIREMENTS_ROUTE,
  EDIT_REQUIREMENT_ROUTE,
  EDIT_STAFFING_ROUTE,
  NEW_REQUIREMENT_ROUTE,
  NEW_STAFFING_ROUTE,
  REQUIREMENTS_ROUTE,
} from './utils/requirement-paths';
