import * as domain from './index';

const exported = domain as Record<string, unknown>;

describe('@kp/domain public API', () => {
  it.each([
    'addDays',
    'addYears',
    'analyseRunChart',
    'breakdownRows',
    'buildSummary',
    'competenceLevelProblems',
    'completionFigures',
    'computeGaps',
    'computeRealkompetanse',
    'confirmsDeactivation',
    'contentProblems',
    'createRandom',
    'describeScale',
    'describeSignal',
    'evaluate',
    'evaluateProtected',
    'findPins',
    'formatNorwegianDate',
    'formatNorwegianNumber',
    'formatPercent',
    'horizonDates',
    'idsToPlace',
    'isHigherEducation',
    'isIsoDate',
    'mapHeaders',
    'mobilisationOptions',
    'neutraliseSpreadsheetCell',
    'parseNorwegianDecimal',
    'placeEntries',
    'professionName',
    'protectedGapFigures',
    'buildProtectedAtoms',
    'competenceCounts',
    'scaleProblems',
    'sortForDisplay',
    'todayInNorway',
    'toGapHoldings',
    'unitMatcher',
    'validateEmployeeRow',
    'validateQualificationRow',
  ])('exports %s', (name) => {
    expect(typeof exported[name]).toBe('function');
  });

  it.each([
    'ASSESSMENT_SOURCES',
    'DEFAULT_LEVEL_SCALE',
    'DEFAULT_SCALE_STEPS',
    'DEVELOPMENT_WAYS',
    'DEVELOPMENT_WAY_NAMES',
    'EMPLOYEE_FIELDS',
    'PROFESSIONS',
    'PROFESSION_CODES',
    'QUALIFICATION_FIELDS',
  ])('exports the constant %s', (name) => {
    expect(exported[name]).toBeDefined();
  });

  // Values no app uses: building blocks of the rules above, constants behind them, helpers the
  // specs check properties against. Exported from their modules for the specs only.
  it.each([
    'assertIsoDate',
    'birthYearBounds',
    'buildOrganisationIndex',
    'cellText',
    'compareGapsBiggestFirst',
    'competencePattern',
    'countFailure',
    'createAncestorLookup',
    'DATE_RULES',
    'dateBounds',
    'daysInMonth',
    'deactivationNeedsConfirmation',
    'DEFAULT_RETIREMENT_AGE',
    'describeLevels',
    'displayEmployeeValue',
    'editDistance',
    'EMPLOYEE_NUMBER_COLUMN',
    'EMPLOYMENT_TYPE_NAMES',
    'emptyCounts',
    'fileMatchesFew',
    'FTE_FACTOR_MIN_PEOPLE',
    'FTE_UNITS',
    'fteGapFigures',
    'gapFiguresOf',
    'hashSeed',
    'headerHints',
    'hintIssue',
    'isLeapYear',
    'isNationalIdHeader',
    'isSpent',
    'isValidCalendarDate',
    'leavingClass',
    'limitLength',
    'lineKey',
    'MASS_DEACTIVATION_COUNT',
    'MASS_DEACTIVATION_SHARE',
    'MAX_NAME_LENGTH',
    'MAX_NUMBER_LENGTH',
    'median',
    'optionalDate',
    'parseNorwegianDate',
    'PRIORITIES',
    'propagate',
    'PROTECTED_EARLY_AGES',
    'PROTECTED_HORIZONS',
    'questionsFor',
    'rangeSize',
    'readBoolean',
    'readDate',
    'readDecimal',
    'readEmploymentType',
    'readInteger',
    'readProfessionCode',
    'readQualificationKind',
    'requiredText',
    'retiredAt',
    'RUNS_RULE_MIN_POINTS',
    'runsLimits',
    'SHIFT_LENGTH',
    'TREND_LENGTH',
    'retiresBy',
    'rollUpByMunicipality',
    'rollUpByRegion',
    'rollUpByUnit',
    'roundAtomTree',
    'roundingInterval',
    'roundUnbiased',
    'ROW_ACTIONS',
    'rowReader',
    'secondsToWait',
    'tidyText',
    'UNBOUNDED',
    'vennCells',
    'WAVE_YEARS_MAX',
    'WORKING_AGE',
  ])('keeps %s internal', (name) => {
    expect(exported[name]).toBeUndefined();
  });

  it('keeps the holder index internal', () => {
    expect(exported.createHolderIndex).toBeUndefined();
  });

  it.each(['generateOrganisation', 'seededDraws', 'DEFAULT_ORGANISATION_SIZES'])(
    'keeps the test-data generator %s out of the public barrel',
    (name) => {
      expect(exported[name]).toBeUndefined();
    },
  );
});
