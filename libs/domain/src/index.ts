// @kp/domain: framework-free domain logic (no Nest, TypeORM, React or I/O).
//
// The public API is listed here by name: every type, and the values the apps use. A value only
// the domain itself or its specs use (a building block, a constant behind a rule, a helper a
// property test checks against) stays internal: exported from its module for the specs, not
// from here, so it does not become API by accident. index.spec.ts keeps both lists honest.
// holder-index.ts and protection/simplex.ts are internal too, and the test-data generators in
// testing/ have their own entry point, @kp/domain/testing, so they stay out of the production
// bundle.
//
// hr-import/: reading HR-system files into employees and qualifications (cell values, header
// mapping and hints, the row rules of each kind, national identity numbers refused, unit
// matching, the report's Norwegian words, undo refusals); the bytes (file format, text
// encoding, CSV dialect) are read in the API (apps/api/src/imports/parsing).
// kostra/: SSB's JSON-stat 2.0 read into flat observations, and what SSB's region codes mean.
// evaluation/: run charts (serieplott) and the signals of non-random variation; indicators
// (what each computed one means, monthly periods, the rules of entered values and baselines).
// protection/: figures about people for readers who may not see the people behind them:
// random rounding of atoms (rounding.ts), the atoms of every family (atoms.ts), figures as
// sums of atoms (figures.ts), and what a reader can infer from them (inference.ts, attack.ts).
export type * from './appraisal-content';
export {
  competenceIdsOf,
  contentProblems,
  DEVELOPMENT_WAY_NAMES,
  DEVELOPMENT_WAYS,
  emptyContent,
  normaliseContent,
  prefillContent,
  sameContent,
  signOffEffects,
  signOffProblems,
} from './appraisal-content';
export type * from './appraisal-figures';
export { completionFigures } from './appraisal-figures';
export type * from './appraisal-urgency';
export { appraisalPace } from './appraisal-urgency';
export type * from './appraisal-summary';
export { buildSummary } from './appraisal-summary';
export type * from './audit-places';
export { idsToPlace, placeEntries } from './audit-places';
export { auditableTypedEmail, recordsRefusal, REFUSAL_WINDOW_SECONDS } from './audit-rules';
export type * from './competence-checks';
export { competenceLevelProblems } from './competence-checks';
export type * from './competence-overview';
export { byEmployee, levelsOn, overviewHeader, overviewRow } from './competence-overview';
export type * from './deterministic-random';
export { createRandom } from './deterministic-random';
export type * from './evaluation/run-chart';
export { analyseRunChart, describeSignal } from './evaluation/run-chart';
export type * from './evaluation/indicators';
export {
  baselineProblems,
  COMPUTED_KIND_NAMES,
  COMPUTED_KINDS,
  coverageFigure,
  endedPeriods,
  EXPIRING_MONTHS,
  indicatorProblems,
  isPeriod,
  lastEndedPeriod,
  measurementProblems,
  periodEnd,
  periodOf,
  periodStart,
  ROLLING_MONTHS,
  roundedShare,
  roundUnitCounts,
  runChartView,
  shareFigure,
} from './evaluation/indicators';
export type * from './evaluation/measurement-rows';
export { MEASUREMENT_FIELDS, readMeasurementRows } from './evaluation/measurement-rows';
export type * from './gap-analysis';
export { computeGaps } from './gap-analysis';
export type * from './gap-report';
export {
  breakdownRows,
  evaluate,
  evaluateProtected,
  sortForDisplay,
  topPriority,
} from './gap-report';
export type * from './gap-rollup';
export type * from './import-safety';
export { confirmsDeactivation, readConfirmedCount } from './import-safety';
export type * from './input-rules';
export { birthYearProblem, dateProblem, hasControlCharacters } from './input-rules';
export type * from './iso-date';
export {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  isIsoDate,
  isoDateFromParts,
  todayInNorway,
  yearOf,
} from './iso-date';
export type * from './kostra/json-stat';
export { kostraRegionKind, readJsonStat, retiredPeriod } from './kostra/json-stat';
export type * from './kostra/kostra-import';
export { kostraFigureKey, planKostraImport } from './kostra/kostra-import';
export type * from './kostra/kostra-groups';
export {
  isKostraGroupDocument,
  normaliseKostraGroup,
  readKostraGroups,
} from './kostra/kostra-groups';
export type * from './kostra/kostra-comparison';
export {
  countyCodeOf,
  explainOwnFigure,
  ownHealthEducationShare,
  regionMean,
} from './kostra/kostra-comparison';
export type * from './levels';
export {
  DEFAULT_LEVEL_SCALE,
  DEFAULT_SCALE_STEPS,
  describeScale,
  isOnScale,
  scaleProblems,
  storedScale,
} from './levels';
export type * from './mobilisation';
export { MOBILISATION_LIMITS, mobilisationOptions } from './mobilisation';
export {
  formatNorwegianDate,
  formatNorwegianNumber,
  formatPercent,
  MINUS_SIGN,
  NO_BREAK_SPACE,
  parseNorwegianDecimal,
} from './norwegian-format';
export type * from './organisation-tree';
export type * from './professions';
export {
  findProfession,
  isHigherEducation,
  PROFESSION_CODES,
  professionName,
  PROFESSIONS,
} from './professions';
export type * from './realkompetanse';
export { ASSESSMENT_SOURCES, computeRealkompetanse, toGapHoldings } from './realkompetanse';
export { amountProblems, levelProblems, targetDateProblems } from './requirement-rules';
export type * from './sign-in-throttle';
export {
  afterSuccess,
  currentState,
  FRESH_THROTTLE_STATE,
  KNOWN_ADDRESS_DAYS,
  reserveAttempt,
  SIGN_IN_RULES,
  signInKeys,
  THROTTLE_FORGET_AFTER_SECONDS,
  throttleAddress,
} from './sign-in-throttle';
export { neutraliseSpreadsheetCell } from './spreadsheet-cell';
export type * from './staffing-gap';
export { computeStaffingGaps, staffingFigures } from './staffing-gap';
export type * from './hr-import/cell-value';
export { isBlank } from './hr-import/cell-value';
export type * from './hr-import/deactivation-check';
export {
  deactivationWarnings,
  summariseDeactivation,
  unconfirmedDeactivation,
} from './hr-import/deactivation-check';
export type * from './hr-import/employee-changes';
export {
  describeEmployeeChanges,
  EMPLOYEE_CHANGE_LABELS,
  pickFields,
} from './hr-import/employee-changes';
export type * from './hr-import/employee-row';
export { EMPLOYEE_FIELDS, validateEmployeeRow } from './hr-import/employee-row';
export type * from './hr-import/header-hints';
export type * from './hr-import/header-mapping';
export { mapHeaders } from './hr-import/header-mapping';
export { importFields } from './hr-import/import-columns';
export type * from './hr-import/import-report';
export {
  DETAIL_LIMIT,
  emptyFileDescription,
  emptyRows,
  IssueList,
  joinRowNumbers,
  refusedReport,
} from './hr-import/import-report';
export { looksLikeNationalId } from './hr-import/national-id';
export { foldKey, shorten } from './hr-import/normalise-text';
export type * from './hr-import/qualification-row';
export { QUALIFICATION_FIELDS, validateQualificationRow } from './hr-import/qualification-row';
export { describeIssue, renderReport } from './hr-import/report-text';
export type * from './hr-import/row-checks';
export type * from './hr-import/undo-refusal';
export { formatOsloTime, undoRefusal } from './hr-import/undo-refusal';
export type * from './hr-import/unit-matcher';
export { unitMatcher } from './hr-import/unit-matcher';
export type * from './protection/atoms';
export {
  buildProtectedAtoms,
  EXPIRY_MONTHS_MAX,
  horizonDates,
  leavingBounds,
  patternSlot,
  protectedAges,
  waveYear,
} from './protection/atoms';
export type * from './protection/attack';
export { findPins } from './protection/attack';
export type * from './protection/figures';
export {
  choiceCount,
  choices,
  competenceCounts,
  competenceWave,
  completedCount,
  expiringCertificates,
  fteOfUnits,
  professionCodes,
  professionStaff,
  professionWave,
  protectedGapFigures,
  staffCount,
  teachingCount,
  teachingTopics,
} from './protection/figures';
export type * from './protection/inference';
export { InferenceModel, inferRange } from './protection/inference';
export type * from './protection/reference';
export { atomRowsFromPeople } from './protection/reference';
export type * from './protection/rounding';
export { restKey } from './protection/rounding';
export type * from './plans/participation';
export {
  completionEffects,
  measureSourceRef,
  outcomeChanges,
  participantCount,
  roundedHeadcount,
  signUpProblems,
  withdrawProblem,
} from './plans/participation';
export type * from './plans/participation-proposals';
export {
  chosenItemProblems,
  proposeParticipants,
  wishToClose,
} from './plans/participation-proposals';
export type * from './plans/half-year';
export { halfYearDates, halfYearLabel, halfYearOf, nextHalfYear } from './plans/half-year';
export type * from './plans/measure-rules';
export { FUNDING_SOURCE_NAMES, measureCost, measureProblems } from './plans/measure-rules';
export type * from './plans/measure-status';
export {
  allowedMeasureTransitions,
  MEASURE_STATUS_NAMES,
  measureTransitionProblem,
} from './plans/measure-status';
export type * from './plans/funding-report';
export { fundingLine, fundingSums, reportPeriod } from './plans/funding-report';
