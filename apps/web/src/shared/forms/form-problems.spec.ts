import { ApiError } from '@web/shared/graphql';
import {
  hasProblems,
  noProblems,
  problemsFromError,
  problemsFromFields,
  translateFieldKeys,
} from './form-problems';

const FIELDS = ['name', 'area', 'scale'] as const;

describe('problemsFromError', () => {
  it("puts the API's field errors on the fields and focuses the first in form order", () => {
    const error = new ApiError({
      code: 'BAD_USER_INPUT',
      message: 'Ugyldige opplysninger',
      userFacing: true,
      fields: [
        { field: 'scale', code: 'INVALID', message: 'Nivåskalaen er ugyldig' },
        { field: 'name', code: 'REQUIRED', message: 'Navn må fylles ut' },
        { field: 'unknownThing', code: 'INVALID', message: 'Noe annet er galt' },
      ],
    });
    expect(problemsFromError(error, FIELDS)).toEqual({
      fields: { scale: ['Nivåskalaen er ugyldig'], name: ['Navn må fylles ut'] },
      general: [{ text: 'Noe annet er galt' }],
      firstInvalid: 'name',
    });
  });

  it('shows an error without fields (conflict, network) as a general message', () => {
    const conflict = new ApiError({
      code: 'CONFLICT',
      message: 'Kompetansen er endret av en annen',
      userFacing: true,
    });
    expect(problemsFromError(conflict, FIELDS)).toEqual({
      fields: {},
      general: [{ text: 'Kompetansen er endret av en annen' }],
      firstInvalid: null,
    });
    expect(problemsFromError(new TypeError('x'), FIELDS).general).toEqual([
      { key: 'errors.unknown' },
    ]);
  });
});

describe('problemsFromFields', () => {
  it('keeps only fields with messages', () => {
    const problems = problemsFromFields({ area: ['Velg et område'], name: [] }, FIELDS);
    expect(problems).toEqual({
      fields: { area: ['Velg et område'] },
      general: [],
      firstInvalid: 'area',
    });
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(noProblems())).toBe(false);
  });
});

describe('translateFieldKeys', () => {
  it('translates one key per field', () => {
    expect(
      translateFieldKeys({ name: 'x.required', area: undefined }, (key) => `T(${key})`),
    ).toEqual({ name: ['T(x.required)'] });
  });
});
