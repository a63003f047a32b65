// What the app shell and other features need from the appraisals feature.
export { AppraisalPage } from './components/appraisal-page';
export { AppraisalPrintPage } from './components/appraisal-print-page';
export { AppraisalStatisticsPage } from './components/appraisal-statistics-page';
export { AppraisalsPage } from './components/appraisals-page';
export { RequireAppraisalAccess } from './components/require-appraisal-access';
export { TeachingDirectoryPage } from './components/teaching-directory-page';
export { useTeachingDirectory } from './hooks/use-appraisal-queries';
export { appraisalMenuTarget, canUseAppraisals } from './utils/appraisal-access';
export {
  APPRAISAL_PRINT_ROUTE,
  APPRAISAL_ROUTE,
  APPRAISAL_STATISTICS_ROUTE,
  APPRAISALS_ROUTE,
  appraisalPath,
  TEACHING_DIRECTORY_ROUTE,
} from './utils/appraisal-paths';
