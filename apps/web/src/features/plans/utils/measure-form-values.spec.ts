import {
  blankMeasureValues,
  formFieldOf,
  ruleProblems,
  toCreateMeasureInput,
  unreadableValues,
  type MeasureFormValues,
} from './measure-form-values';

function valid(overrides: Partial<MeasureFormValues> = {}): MeasureFormValues {
  return {
    ...blankMeasureValues({ startsOn: '2027-01-10', endsOn: '2027-03-01' }),
    title: 'Demensomsorgens ABC',
    owner: 'Kari Koordinator',
    places: '10',
    ...overrides,
  };
}

const name = (id: string) => `kommune ${id}`;

/** The message keys found, per field, without the common prefix. */
function unreadable(values: MeasureFormValues) {
  return Object.fromEntries(
    Object.entries(unreadableValues(values, name)).map(([field, problem]) => [
      field,
      problem?.key.replace('plans.measureForm.errors.', ''),
    ]),
  );
}

describe('what keeps a measure from being read', () => {
  it('is nothing for a complete measure', () => {
    expect(unreadableValues(valid())).toEqual({});
    expect(ruleProblems(valid())).toEqual({});
  });

  it('is a missing title, owner, date or number of places', () => {
    expect(
      unreadable(valid({ title: ' ', owner: '', startsOn: '', endsOn: '', places: '' })),
    ).toEqual({
      title: 'titleRequired',
      owner: 'ownerRequired',
      startsOn: 'startRequired',
      endsOn: 'endRequired',
      places: 'placesRequired',
    });
  });

  it.each([['2,5'], ['-2'], ['ti']])('is %s places', (places) => {
    expect(unreadable(valid({ places }))).toEqual({ places: 'placesNotWhole' });
  });

  it('is an amount that is not a number, on its own source', () => {
    expect(
      unreadable(valid({ funding: { OWN_BUDGET: '', COMPETENCE_GRANT: 'mye', OTHER: '' } })),
    ).toEqual({ fundingCOMPETENCE_GRANT: 'amountNotANumber' });
  });

  it('names the unfinished target row and the municipality whose share is not whole', () => {
    const problems = unreadableValues(
      valid({
        targets: [
          { competenceId: 'c1', level: '2', requirementId: null },
          { competenceId: 'c2', level: '', requirementId: null },
        ],
        shares: [{ municipalityId: 'g', places: '1,5' }],
      }),
      name,
    );
    expect(problems.targets).toEqual({
      key: 'plans.measureForm.errors.targetIncomplete',
      params: { row: 2 },
    });
    expect(problems.shares).toEqual({
      key: 'plans.measureForm.errors.shareNotWhole',
      params: { municipality: 'kommune g' },
    });
  });

  it('is negative or unreadable hours', () => {
    expect(unreadable(valid({ hours: '-3' }))).toEqual({ hours: 'hoursNegative' });
    expect(unreadable(valid({ hours: 'tre' }))).toEqual({ hours: 'hoursNotANumber' });
    expect(unreadableValues(valid({ hours: '7,5' }))).toEqual({});
  });
});

describe('the domain’s rules on the form', () => {
  it('put an end before the start on the end date, but accept a one-day measure', () => {
    expect(ruleProblems(valid({ startsOn: '2027-03-01', endsOn: '2027-02-28' }))).toEqual({
      endsOn: ['Sluttdato (28.02.2027) kan ikke være før startdato (01.03.2027)'],
    });
    expect(ruleProblems(valid({ startsOn: '2027-03-01', endsOn: '2027-03-01' }))).toEqual({});
  });

  it('put a negative amount on its own source, whichever lines come before it', () => {
    expect(
      ruleProblems(valid({ funding: { OWN_BUDGET: '100', COMPETENCE_GRANT: '', OTHER: '−500' } })),
    ).toEqual({ fundingOTHER: ['Beløpet kan ikke være negativt (minst 0 kr)'] });
  });

  it('put shares over the places on the shares', () => {
    const values = valid({
      places: '10',
      shares: [
        { municipalityId: 'g', places: '6' },
        { municipalityId: 'o', places: '5' },
        { municipalityId: 'v', places: '' },
      ],
    });
    expect(ruleProblems(values)).toEqual({
      shares: ['Kommunenes andeler er til sammen 11 plasser, men tiltaket har bare 10'],
    });
    values.shares[1].places = '4';
    expect(ruleProblems(values)).toEqual({});
  });

  it('put a competence targeted twice on the targets', () => {
    expect(
      ruleProblems(
        valid({
          targets: [
            { competenceId: 'c1', level: '2', requirementId: null },
            { competenceId: 'c1', level: '3', requirementId: null },
          ],
        }),
      ),
    ).toEqual({ targets: ['Kompetansen er allerede et mål for tiltaket; ett mål per kompetanse'] });
  });
});

describe('the input sent', () => {
  it('has numbers from Norwegian text, the used funding sources and the given shares', () => {
    const input = toCreateMeasureInput(
      'p1',
      valid({
        hours: '7,5',
        funding: { OWN_BUDGET: '12 500,50', COMPETENCE_GRANT: '', OTHER: '0' },
        shares: [
          { municipalityId: 'g', places: '4' },
          { municipalityId: 'o', places: '' },
        ],
        targets: [{ competenceId: 'c1', level: '3', requirementId: 'r1' }],
      }),
    );
    expect(input).toMatchObject({
      planId: 'p1',
      places: 10,
      hours: 7.5,
      funding: [
        { source: 'OWN_BUDGET', amount: 12500.5 },
        { source: 'OTHER', amount: 0 },
      ],
      shares: [{ municipalityId: 'g', places: 4 }],
      targets: [{ competenceId: 'c1', level: 3, requirementId: 'r1' }],
      lendingUnitId: null,
    });
  });

  it('names API errors by the form’s fields', () => {
    const funding = [{ source: 'OWN_BUDGET' as const }, { source: 'OTHER' as const }];
    expect(formFieldOf('funding.1.amount', funding)).toBe('fundingOTHER');
    expect(formFieldOf('input.funding.0.amount', funding)).toBe('fundingOWN_BUDGET');
    expect(formFieldOf('shares.2.municipalityId', funding)).toBe('shares');
    expect(formFieldOf('targets.1', funding)).toBe('targets');
    expect(formFieldOf('endsOn', funding)).toBe('endsOn');
    expect(formFieldOf('planId', funding)).toBeNull();
  });
});
