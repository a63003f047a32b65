// What the app shell needs from evaluation (indicators, run charts, the September view).
export { EvaluationPage } from './components/evaluation-page';
export { SeptemberPage } from './components/september-page';
export { EVALUATION_ROUTE, evaluationPath, SEPTEMBER_ROUTE } from './utils/evaluation-paths';
