// What the app shell and other features need from the competences feature.
export { CataloguePage } from './components/catalogue-page';
export { EditCompetencePage, NewCompetencePage } from './components/competence-editor-page';
export { CompetencePage } from './components/competence-page';
export { useCompetences } from './hooks/use-competences';
export { groupCompetencesByArea } from './utils/competence-groups';
export {
  CATALOGUE_ROUTE,
  COMPETENCE_ROUTE,
  EDIT_COMPETENCE_ROUTE,
  NEW_COMPETENCE_ROUTE,
} from './utils/competence-paths';
