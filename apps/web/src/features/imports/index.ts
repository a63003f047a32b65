// What the app shell needs from the imports feature.
export { ImportPage } from './components/import-page';
export { IMPORT_ROUTE } from './utils/import-paths';
