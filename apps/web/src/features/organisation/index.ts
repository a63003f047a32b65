// What the app shell and other features need from the organisation feature.
export { MunicipalitiesPage } from './components/municipalities-page';
export { MunicipalityPage } from './components/municipality-page';
export { useMunicipalities } from './hooks/use-municipalities';
export type { MunicipalityWithUnits } from './utils/municipality-rows';
export { MUNICIPALITY_ROUTE, municipalityPath } from './utils/organisation-paths';
export { PATH_SEPARATOR } from './utils/parent-choices';
export {
  buildUnitTree,
  flattenUnitTree,
  type OrganisationUnit,
  type UnitNode,
} from './utils/unit-tree';
