// What the app shell and other features need from the plans feature.
export { MeasureActionProvider } from './components/measure-action-provider';
export { MeasurePage, NewMeasurePage } from './components/measure-pages';
export { PlansPage } from './components/plans-page';
export { planKeys } from './hooks/plan-keys';
export { MEASURE_ROUTE, NEW_MEASURE_ROUTE, PLANS_ROUTE } from './utils/plan-paths';
