/**
 * What a field costs in the request cost limit (query-limits.ts). Every field costs 1 unless
 * listed here; a listed field costs `cost` plus its selection times `listSize` (how many
 * items the field can return, read from its bounded arguments). `heavy` fields run the gap
 * engine or another whole-scope computation: besides costing more, they take a slot of the
 * heavy-work limiter (heavy-work.ts), so a flood of them cannot take every database connection.
 *
 * A test walks the schema: every root query and mutation needs a row, so a new one cannot
 * forget to say what it costs.
 */
export interface FieldCost {
  cost: number;
  /** How many times the selection below the field is paid for (list size). */
  listSize?: (args: Record<string, unknown>, worstCase: boolean) => number;
  heavy?: boolean;
}

/** A bounded size argument: its value (or default), or its upper bound when unknown. */
export function sizeArgument(
  read: (args: Record<string, unknown>) => unknown,
  bounds: { default: number; max: number },
): (args: Record<string, unknown>, worstCase: boolean) => number {
  return (args, worstCase) => {
    const value = read(args);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return worstCase ? bounds.max : bounds.default;
    }
    // out-of-range values are refused by validation later, with a message naming the field
    return Math.min(Math.max(Math.trunc(value), 1), bounds.max);
  };
}

function filterValue(args: Record<string, unknown>, key: string): unknown {
  const filter = args.filter;
  return filter && typeof filter === 'object'
    ? (filter as Record<string, unknown>)[key]
    : undefined;
}

/** Bounds shared with the argument validation (the DTOs import these). */
export const SIZE_BOUNDS = {
  employeesFirst: { default: 50, max: 500 },
  auditLogFirst: { default: 100, max: 500 },
  importRunsFirst: { default: 20, max: 100 },
  retirementYears: { default: 10, max: 20 },
  expiringMonths: { default: 12, max: 36 },
  kostraImportsFirst: { default: 20, max: 100 },
} as const;

const PLAIN = { cost: 1 };
const READ = { cost: 2 };
const LIST = { cost: 5 };
const WRITE = { cost: 10 };
const ENGINE = { cost: 100, heavy: true };

export const FIELD_COSTS: Record<string, FieldCost> = {
  // the gap engine and the workforce views: whole-scope computations
  'Query.gapAnalysis': ENGINE,
  'Query.gapHeatmap': ENGINE,
  'Query.mobilisationOptions': ENGINE,
  'Query.staffingGaps': ENGINE,
  'Query.gapHolders': { cost: 50, heavy: true },
  'Query.retirementWave': {
    cost: 100,
    heavy: true,
    listSize: sizeArgument((a) => filterValue(a, 'years'), SIZE_BOUNDS.retirementYears),
  },
  'Query.expiringCertificates': {
    cost: 50,
    heavy: true,
    listSize: sizeArgument((a) => filterValue(a, 'months'), SIZE_BOUNDS.expiringMonths),
  },
  'Query.appraisalStatistics': { cost: 50, heavy: true },
  // evaluation: a run chart reads one series; the September view one per place and indicator
  'Query.indicatorSeries': { cost: 20 },
  'Query.septemberView': { cost: 50, heavy: true },
  'Mutation.rebuildIndicatorHistory': { cost: 100, heavy: true },
  'Mutation.createIndicator': { cost: 50, heavy: true },
  'Query.appraisalProgress': { cost: 50, heavy: true },
  'Query.exportEmployeeData': { cost: 50, heavy: true },
  // lists
  'Query.employees': {
    cost: 5,
    listSize: sizeArgument((a) => a.first, SIZE_BOUNDS.employeesFirst),
  },
  'Query.auditLog': {
    cost: 5,
    listSize: sizeArgument((a) => filterValue(a, 'first'), SIZE_BOUNDS.auditLogFirst),
  },
  'Query.appraisals': { cost: 10 },
  'Query.appraisalCycles': LIST,
  'Query.teachingDirectory': { cost: 10 },
  'Query.requirements': LIST,
  'Query.actionPlans': LIST,
  'Query.measures': LIST,
  'Query.indicators': LIST,
  'Query.staffingRequirements': LIST,
  'Query.competences': LIST,
  'Query.competenceAreas': LIST,
  'Query.municipalities': LIST,
  'Query.professions': PLAIN,
  'Query.users': LIST,
  'Query.importColumns': PLAIN,
  'Query.importRuns': {
    cost: 5,
    listSize: sizeArgument((a) => a.first, SIZE_BOUNDS.importRunsFirst),
  },
  // KOSTRA: a municipality's comparisons read a few hundred figures; the own figure its staff
  'Query.kostraIndicators': LIST,
  'Query.kostraComparison': { cost: 10 },
  'Query.kostraOwnFigure': { cost: 10 },
  'Query.kostraImports': {
    cost: 5,
    listSize: sizeArgument((a) => a.first, SIZE_BOUNDS.kostraImportsFirst),
  },
  // single records
  'Query.appraisal': READ,
  'Query.appraisalDraft': READ,
  'Query.appraisalSummary': READ,
  'Query.competence': READ,
  'Query.employee': READ,
  'Query.me': PLAIN,
  'Query.regionSettings': PLAIN,
  'Query.requirement': READ,
  // participation (docs/participation.md): lists of one measure's people
  'Query.measureParticipants': { cost: 10 },
  'Query.measureSignUps': READ,
  'Query.proposedParticipants': { cost: 25 },
  // runs the gap engine for the targeted requirements (once per start day and today)
  'Query.fundingReport': { cost: 100, heavy: true },
  'Query.actionPlan': READ,
  'Query.measure': READ,
  'Query.measureDraftFromGap': READ,
  'Query.measureDraftFromMobilisation': READ,
  'Query.measureDraftFromExpiringCertificates': LIST,
  // writes: one transaction each
  'Mutation.addQualification': WRITE,
  'Mutation.addUnit': WRITE,
  'Mutation.amendAppraisal': WRITE,
  'Mutation.assignRole': WRITE,
  'Mutation.completeAppraisal': WRITE,
  'Mutation.confirmAssessment': WRITE,
  'Mutation.copyRequirements': { cost: 25 },
  'Mutation.createAppraisalCycle': WRITE,
  'Mutation.createCompetence': WRITE,
  'Mutation.createEmployee': WRITE,
  'Mutation.createRequirement': WRITE,
  'Mutation.createActionPlan': WRITE,
  'Mutation.updateActionPlan': WRITE,
  'Mutation.adoptActionPlan': WRITE,
  'Mutation.closeActionPlan': WRITE,
  'Mutation.reopenActionPlan': WRITE,
  'Mutation.deleteActionPlan': WRITE,
  'Mutation.createMeasure': WRITE,
  'Mutation.updateMeasure': WRITE,
  'Mutation.changeMeasureStatus': WRITE,
  'Mutation.deleteMeasure': WRITE,
  'Mutation.setIndicatorBaseline': WRITE,
  'Mutation.recordMeasurement': WRITE,
  'Mutation.importMeasurements': { cost: 20 },
  'Mutation.linkIndicatorMeasure': WRITE,
  'Mutation.createStaffingRequirement': WRITE,
  'Mutation.createUser': WRITE,
  'Mutation.deleteRequirement': WRITE,
  'Mutation.deleteStaffingRequirement': WRITE,
  'Mutation.discardAppraisalDraft': WRITE,
  'Mutation.eraseEmployee': { cost: 25 },
  // waits on SSB's API and imports what it answers
  'Mutation.fetchKostraFromSsb': { cost: 50, heavy: true },
  // restores every employee the run touched
  'Mutation.undoImportRun': { cost: 25 },
  'Mutation.login': WRITE,
  'Mutation.logout': WRITE,
  'Mutation.recordAssessment': WRITE,
  'Mutation.removeRole': WRITE,
  'Mutation.saveAppraisalDraft': WRITE,
  'Mutation.updateAppraisalCycle': WRITE,
  'Mutation.updateCompetence': WRITE,
  'Mutation.updateEmployee': WRITE,
  'Mutation.updateRegionSettings': WRITE,
  'Mutation.updateRequirement': WRITE,
  'Mutation.updateStaffingRequirement': WRITE,
  'Mutation.updateUser': WRITE,
  // up to 500 people, each documented in the same transaction
  'Mutation.signUpParticipants': { cost: 25 },
  'Mutation.withdrawParticipant': WRITE,
  'Mutation.recordParticipantOutcomes': { cost: 25 },
  // fields that load per parent through DataLoaders: cheap, but not free
  'Employee.competences': { cost: 2 },
  'Employee.qualifications': { cost: 2 },
  'Employee.assessments': { cost: 2 },
};

export function heavyFields(): string[] {
  return Object.entries(FIELD_COSTS)
    .filter(([, rule]) => rule.heavy)
    .map(([key]) => key);
}
