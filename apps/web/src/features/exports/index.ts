// Downloads the API offers as plain links (the session cookie goes with them).
export { CompetenceOverviewDownload } from './components/competence-overview-download';
export {
  competenceOverviewUrl,
  overviewMunicipalityIds,
  type ExportFormat,
} from './utils/export-paths';
