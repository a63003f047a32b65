// What the app shell and other features need from the gap analysis.
export { GapHoldersPage } from './components/gap-holders-page';
export { GapPage } from './components/gap-page';
export {
  MeasureActionContext,
  type GapMeasureSource,
  type MeasureAction,
} from './components/measure-action';
export { formatAmount } from './utils/amount';
export { HORIZONS, PRIORITIES, type GapScope } from './utils/gap-filters';
export { GAP_HOLDERS_ROUTE, GAP_ROUTE, gapPath } from './utils/gap-paths';
export {
  buildScopeOptions,
  canSeeHolders,
  REGION_ROLES,
  resolveScope,
  scopeName,
  scopeOptions,
  unitAncestry,
  type ScopeGrants,
  type ScopeMunicipality,
  type ScopeMunicipalityOption,
  type ScopeOptions,
  type ScopeUnitOption,
} from './utils/gap-scope';
