// Downloads the API offers as plain links (the session cookie goes with them).
export { CompetenceOverviewDownload } from './components/competence-overview-download';
export { FundingReportDownload } from './components/funding-report-download';
export {
  competenceOverviewUrl,
  FUNDING_REPORT_ROLES,
  fundingReportUrl,
  overviewMunicipalityIds,
  type ExportFormat,
} from './utils/export-paths';
