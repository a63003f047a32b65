import { blankMeasureValues, measureProblems, type MeasureFormValues } from './measure-form-values';

function valid(overrides: Partial<MeasureFormValues> = {}): MeasureFormValues {
  return {
    ...blankMeasureValues({ startsOn: '2027-01-10', endsOn: '2027-03-01', municipalityIds: [] }),
    title: 'Demensomsorgens ABC',
    owner: 'Kari Koordinator',
    places: '10',
    ...overrides,
  };
}

const keyOf = (values: MeasureFormValues) =>
  Object.fromEntries(
    Object.entries(measureProblems(values, (id) => `kommune ${id}`)).map(([field, problem]) => [
      field,
      problem?.key.replace('plans.measureForm.errors.', ''),
    ]),
  );

describe('the measure form’s own checks', () => {
  it('let a complete measure through', () => {
    expect(measureProblems(valid())).toEqual({});
  });

  it('ask for title, owner and both dates', () => {
    expect(keyOf(valid({ title: ' ', owner: '', startsOn: '', endsOn: '' }))).toEqual({
      title: 'titleRequired',
      owner: 'ownerRequired',
      startsOn: 'startRequired',
      endsOn: 'endRequired',
    });
  });

  it('refuse an end before the start, but not on the same day', () => {
    expect(keyOf(valid({ startsOn: '2027-03-01', endsOn: '2027-02-28' }))).toEqual({
      endsOn: 'endBeforeStart',
    });
    expect(measureProblems(valid({ startsOn: '2027-03-01', endsOn: '2027-03-01' }))).toEqual({});
  });

  it.each([
    ['-1', 'amountNegative'],
    ['−500', 'amountNegative'],
    ['mye', 'amountNotANumber'],
    ['10,005', 'amountOre'],
  ])('refuse the amount %s (%s) on its own funding source', (amount, key) => {
    expect(
      keyOf(valid({ funding: { OWN_BUDGET: '', COMPETENCE_GRANT: amount, OTHER: '' } })),
    ).toEqual({ fundingCOMPETENCE_GRANT: key });
  });

  it('accept Norwegian amounts with spaces and a decimal comma', () => {
    expect(
      measureProblems(
        valid({ funding: { OWN_BUDGET: '12 500,50', COMPETENCE_GRANT: '0', OTHER: '' } }),
      ),
    ).toEqual({});
  });

  it.each([
    ['2,5', 'placesNotWhole'],
    ['-2', 'placesNegative'],
  ])('refuse %s places', (places, key) => {
    expect(keyOf(valid({ places }))).toEqual({ places: key });
  });

  it('refuse shares that add up to more than the places, naming both', () => {
    const values = valid({
      places: '10',
      shares: [
        { municipalityId: 'g', places: '6' },
        { municipalityId: 'o', places: '5' },
      ],
    });
    expect(measureProblems(values).shares).toEqual({
      key: 'plans.measureForm.errors.sharesOverPlaces',
      params: { shared: 11, places: 10 },
    });
    values.shares[1].places = '4';
    expect(measureProblems(values)).toEqual({});
  });

  it('name the municipality whose share is not a whole number', () => {
    expect(
      measureProblems(
        valid({ shares: [{ municipalityId: 'g', places: '1,5' }] }),
        (id) => `kommune ${id}`,
      ).shares,
    ).toEqual({
      key: 'plans.measureForm.errors.shareNotWhole',
      params: { municipality: 'kommune g' },
    });
  });

  it('name the target row that is unfinished or repeats a competence', () => {
    expect(
      measureProblems(
        valid({ targets: [{ competenceId: 'c1', level: '', requirementId: null }] }),
      ).targets,
    ).toEqual({ key: 'plans.measureForm.errors.targetIncomplete', params: { row: 1 } });
    expect(
      measureProblems(
        valid({
          targets: [
            { competenceId: 'c1', level: '2', requirementId: null },
            { competenceId: 'c1', level: '3', requirementId: null },
          ],
        }),
      ).targets,
    ).toEqual({ key: 'plans.measureForm.errors.targetTwice', params: { row: 2 } });
  });

  it('refuse negative or unreadable hours', () => {
    expect(keyOf(valid({ hours: '-3' }))).toEqual({ hours: 'hoursNegative' });
    expect(keyOf(valid({ hours: 'tre' }))).toEqual({ hours: 'hoursNotANumber' });
    expect(measureProblems(valid({ hours: '7,5' }))).toEqual({});
  });
});
