import * as domain from './index';

describe('@kp/domain public API', () => {
  it.each([
    'addDays',
    'addYears',
    'breakdownRows',
    'buildOrganisationIndex',
    'compareGapsBiggestFirst',
    'computeGaps',
    'computeRealkompetanse',
    'confirmsDeactivation',
    'createAncestorLookup',
    'createRandom',
    'deactivationNeedsConfirmation',
    'evaluate',
    'evaluateProtected',
    'fileMatchesFew',
    'formatNorwegianDate',
    'formatNorwegianNumber',
    'formatPercent',
    'isHealthEducation',
    'isHigherEducation',
    'isIsoDate',
    'meetsLevelOn',
    'mobilisationOptions',
    'neutraliseSpreadsheetCell',
    'parseNorwegianDate',
    'parseNorwegianDecimal',
    'professionName',
    'rollUpByMunicipality',
    'rollUpByRegion',
    'rollUpByUnit',
    'sortBiggestGapsFirst',
    'sortForDisplay',
    'roundAtomTree',
    'buildProtectedAtoms',
    'competenceCounts',
    'protectedGapFigures',
    'findPins',
    'toGapHoldings',
  ])('exports %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it.each([
    'DEFAULT_LEVEL_SCALE',
    'PROFESSIONS',
    'PROFESSION_CODES',
    'ASSESSMENT_SOURCES',
    'PRIORITIES',
  ])('exports the constant %s', (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });

  it('keeps the holder index internal', () => {
    expect((domain as Record<string, unknown>).createHolderIndex).toBeUndefined();
  });

  it.each(['generateOrganisation', 'seededDraws', 'DEFAULT_ORGANISATION_SIZES'])(
    'keeps the test-data generator %s out of the public barrel',
    (name) => {
      expect((domain as Record<string, unknown>)[name]).toBeUndefined();
    },
  );
});
