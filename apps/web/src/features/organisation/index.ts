// What the app shell needs from the organisation feature.
export { MunicipalitiesPage } from './components/municipalities-page';
export { MunicipalityPage } from './components/municipality-page';
export { MUNICIPALITY_ROUTE, municipalityPath } from './utils/organisation-paths';
