import { firstInvalidField, mapFieldErrors } from './field-errors';

const FIELDS = ['name', 'kind', 'parentId'] as const;

describe('mapFieldErrors', () => {
  it('puts each message next to its field', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'parentId', code: 'INVALID_ID', message: 'Overordnet enhet har en ugyldig ID' },
        { field: 'name', code: 'REQUIRED', message: 'Navn må fylles ut' },
      ],
      FIELDS,
    );
    expect(mapped).toEqual({
      byField: {
        parentId: ['Overordnet enhet har en ugyldig ID'],
        name: ['Navn må fylles ut'],
      },
      unmatched: [],
    });
  });

  it('matches a nested path on its last part and drops repeated messages', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'input.name', code: 'REQUIRED', message: 'Navn må fylles ut' },
        { field: 'name', code: 'REQUIRED', message: 'Navn må fylles ut' },
        { field: 'name', code: 'TOO_LONG', message: 'Navn er for lang' },
      ],
      FIELDS,
    );
    expect(mapped.byField).toEqual({ name: ['Navn må fylles ut', 'Navn er for lang'] });
  });

  it('keeps errors for fields the form does not show apart', () => {
    const other = {
      field: 'municipalityId',
      code: 'UNKNOWN_MUNICIPALITY',
      message: 'Kommunen finnes ikke',
    };
    expect(mapFieldErrors([other], FIELDS)).toEqual({ byField: {}, unmatched: [other] });
  });
});

describe('firstInvalidField', () => {
  it('follows the order of the form, not of the errors', () => {
    expect(firstInvalidField({ parentId: ['x'], name: ['y'] }, FIELDS)).toBe('name');
    expect(firstInvalidField({ parentId: ['x'] }, FIELDS)).toBe('parentId');
  });

  it('returns null when no field has a message', () => {
    expect(firstInvalidField({}, FIELDS)).toBeNull();
    expect(firstInvalidField({ name: [] }, FIELDS)).toBeNull();
  });
});
