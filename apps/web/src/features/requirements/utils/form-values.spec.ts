import type {
  RequirementFieldsFragment,
  StaffingRequirementFieldsFragment,
} from '@web/gql/graphql';
import {
  copyProblem,
  copyTargetGroups,
  EMPTY_COPY_VALUES,
  toCopyRequirementsInput,
} from './copy-requirements-input';
import {
  missingRequirementFields,
  newRequirementValues,
  requirementValues,
  toCreateRequirementInput,
  toUpdateRequirementInput,
} from './requirement-form-values';
import {
  missingStaffingFields,
  newStaffingValues,
  staffingValues,
  toCreateStaffingInput,
  toUpdateStaffingInput,
} from './staffing-form-values';

const REQUIREMENT: RequirementFieldsFragment = {
  id: 'r1',
  unitId: 'u1',
  municipalityId: 'm1',
  unit: { id: 'u1', name: 'Hjemmetjenesten' },
  competenceId: 'c1',
  competence: { id: 'c1', name: 'HLR', area: 'Akuttmedisin' },
  minLevel: 2,
  required: 2.5,
  measure: 'FTE',
  horizon: 'ONE_YEAR',
  horizonDate: '2027-11-25',
  targetDate: null,
  priority: 'CRITICAL',
  rationaleKind: 'LAW',
  rationale: 'Forskrift',
  reference: null,
  templateId: null,
  updatedAt: '2026-11-25T10:00:00Z',
  version: 3,
};

describe('requirement form values', () => {
  it('starts a new requirement with sensible defaults for the unit', () => {
    expect(newRequirementValues('u1')).toMatchObject({
      unitId: 'u1',
      measure: 'HEADCOUNT',
      horizon: 'NOW',
      priority: 'IMPORTANT',
      rationaleKind: 'LOCAL_GOAL',
    });
  });

  it('asks for what must be filled in and for a readable number', () => {
    expect(missingRequirementFields(newRequirementValues())).toEqual({
      unitId: 'requirements.form.errors.unitRequired',
      competenceId: 'requirements.form.errors.competenceRequired',
      minLevel: 'requirements.form.errors.levelRequired',
      required: 'requirements.form.errors.amountRequired',
    });
    const typed = { ...requirementValues(REQUIREMENT), required: 'to' };
    expect(missingRequirementFields(typed)).toEqual({
      required: 'requirements.form.errors.amountNotANumber',
    });
    // Zero and negative amounts are the API's to refuse, with its own message.
    expect(missingRequirementFields({ ...typed, required: '0' })).toEqual({});
  });

  it('reads amounts with a decimal comma', () => {
    const values = {
      ...newRequirementValues('u1'),
      competenceId: 'c1',
      minLevel: '3',
      required: '2,5',
    };
    expect(toCreateRequirementInput(values)).toEqual({
      unitId: 'u1',
      competenceId: 'c1',
      minLevel: 3,
      required: 2.5,
      measure: 'HEADCOUNT',
      horizon: 'NOW',
      targetDate: null,
      priority: 'IMPORTANT',
      rationaleKind: 'LOCAL_GOAL',
      rationale: null,
      reference: null,
    });
  });

  it('round-trips a stored requirement through the form into an update', () => {
    const values = requirementValues(REQUIREMENT);
    expect(values.required).toBe('2,5');
    expect(toUpdateRequirementInput('r1', 3, { ...values, reference: ' § 8 ' })).toEqual({
      id: 'r1',
      version: 3,
      competenceId: 'c1',
      minLevel: 2,
      required: 2.5,
      measure: 'FTE',
      horizon: 'ONE_YEAR',
      targetDate: null,
      priority: 'CRITICAL',
      rationaleKind: 'LAW',
      rationale: 'Forskrift',
      reference: '§ 8',
    });
  });
});

const STAFFING: StaffingRequirementFieldsFragment = {
  id: 's1',
  unitId: 'u1',
  municipalityId: 'm1',
  unit: { id: 'u1', name: 'Hjemmetjenesten' },
  professionCode: '2223',
  professionName: 'Sykepleiere',
  requiredFte: 12.75,
  horizon: 'THREE_YEARS',
  horizonDate: '2029-11-25',
  targetDate: '2028-06-01',
  priority: 'CRITICAL',
  rationaleKind: 'NATIONAL_GUIDELINE',
  rationale: '',
  reference: 'Bemanningsnorm',
  templateId: null,
  updatedAt: '2026-11-25T10:00:00Z',
  version: 1,
};

describe('staffing form values', () => {
  it('asks for unit, profession and årsverk', () => {
    expect(missingStaffingFields(newStaffingValues())).toEqual({
      unitId: 'requirements.form.errors.unitRequired',
      professionCode: 'requirements.form.errors.professionRequired',
      requiredFte: 'requirements.form.errors.amountRequired',
    });
  });

  it('turns the form into create and update inputs', () => {
    const values = staffingValues(STAFFING);
    expect(values.requiredFte).toBe('12,75');
    expect(toCreateStaffingInput(values)).toMatchObject({
      unitId: 'u1',
      professionCode: '2223',
      requiredFte: 12.75,
      targetDate: '2028-06-01',
      rationale: null,
      reference: 'Bemanningsnorm',
    });
    expect(toUpdateStaffingInput('s1', 1, { ...values, targetDate: '' })).toMatchObject({
      id: 's1',
      version: 1,
      targetDate: null,
      rationale: '',
    });
  });
});

describe('copy requirements', () => {
  const options = {
    region: true,
    municipalities: [
      {
        id: 'm1',
        name: 'Gjøvik',
        whole: true,
        units: [
          { id: 'u1', label: 'A', name: 'A' },
          { id: 'u2', label: 'B', name: 'B' },
        ],
      },
      { id: 'm2', name: 'Toten', whole: true, units: [{ id: 'u3', label: 'C', name: 'C' }] },
    ],
  };

  it('offers every unit the user may change except the source', () => {
    expect(
      copyTargetGroups(options, 'u3').map((m) => [m.id, m.units.map((unit) => unit.id)]),
    ).toEqual([['m1', ['u1', 'u2']]]);
  });

  it('needs a target: chosen units or the service type', () => {
    expect(copyProblem(EMPTY_COPY_VALUES)).toBe('requirements.copy.errors.noTargets');
    expect(copyProblem({ ...EMPTY_COPY_VALUES, sameServiceType: true })).toBeNull();
  });

  it('builds the input, with the service type only when asked for', () => {
    expect(
      toCopyRequirementsInput('u1', 'sykehjem', {
        ...EMPTY_COPY_VALUES,
        targetUnitIds: ['u2', 'u1'],
      }),
    ).toEqual({
      sourceUnitId: 'u1',
      targetUnitIds: ['u2'],
      replaceExisting: false,
      includeStaffing: true,
    });
    expect(
      toCopyRequirementsInput('u1', 'sykehjem', { ...EMPTY_COPY_VALUES, sameServiceType: true }),
    ).toMatchObject({ targetServiceType: 'sykehjem', targetUnitIds: [] });
  });
});
