// What the app shell and other features need from the gap analysis.
export { GapHoldersPage } from './components/gap-holders-page';
export { GapPage } from './components/gap-page';
export { formatAmount } from './utils/amount';
export { HORIZONS, PRIORITIES } from './utils/gap-filters';
export { GAP_HOLDERS_ROUTE, GAP_ROUTE, gapPath } from './utils/gap-paths';
export {
  buildScopeOptions,
  REGION_ROLES,
  scopeOptions,
  unitAncestry,
  type ScopeGrants,
  type ScopeMunicipalityOption,
  type ScopeOptions,
  type ScopeUnitOption,
} from './utils/gap-scope';
