import { ApiError, apiErrorFromGraphQLErrors, shouldRetry } from './api-error';

describe('apiErrorFromGraphQLErrors', () => {
  it('keeps code, Norwegian message and field errors of an input error', () => {
    const error = apiErrorFromGraphQLErrors(
      [
        {
          message: 'Ugyldige opplysninger: Navn må fylles ut',
          path: ['addUnit'],
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'name', code: 'REQUIRED', message: 'Navn må fylles ut' }],
          },
        },
      ],
      200,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Ugyldige opplysninger: Navn må fylles ut',
      userFacing: true,
      status: 200,
      fields: [{ field: 'name', code: 'REQUIRED', message: 'Navn må fylles ut' }],
    });
  });

  it('treats a user error without fields (not found) as written for the user', () => {
    const error = apiErrorFromGraphQLErrors([
      { message: 'Fant ikke kommunen', extensions: { code: 'NOT_FOUND', fields: [] } },
    ]);
    expect(error).toMatchObject({ code: 'NOT_FOUND', userFacing: true, fields: [] });
  });

  it('trusts the Norwegian message the API puts on internal errors', () => {
    const error = apiErrorFromGraphQLErrors([
      { message: 'Noe gikk galt hos oss.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', userFacing: true });
  });

  it('marks technical GraphQL errors as not for the user', () => {
    const validation = apiErrorFromGraphQLErrors([
      {
        message: 'Cannot query field "nope" on type "Query".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    const coercion = apiErrorFromGraphQLErrors([
      { message: 'Variable "$i" got invalid value', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(validation.userFacing).toBe(false);
    expect(coercion).toMatchObject({ code: 'BAD_USER_INPUT', userFacing: false, fields: [] });
  });

  it('collects the field errors of every error and drops malformed ones', () => {
    const error = apiErrorFromGraphQLErrors([
      {
        message: 'a',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'name', message: 'Navn må fylles ut' }, { field: 3 }, 'junk'],
        },
      },
      {
        message: 'b',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'parentId', code: 'INVALID_ID', message: 'Ugyldig' }],
        },
      },
    ]);
    expect(error.fields).toEqual([
      { field: 'name', code: 'INVALID', message: 'Navn må fylles ut' },
      { field: 'parentId', code: 'INVALID_ID', message: 'Ugyldig' },
    ]);
  });

  it('survives errors that are not objects at all', () => {
    expect(apiErrorFromGraphQLErrors(['boom'])).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      userFacing: false,
    });
    expect(apiErrorFromGraphQLErrors([])).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('shouldRetry', () => {
  const error = (code: string) => new ApiError({ code, message: '' });

  it.each([
    ['NETWORK_ERROR', true],
    ['HTTP_ERROR', true],
    ['INTERNAL_SERVER_ERROR', true],
    ['BAD_USER_INPUT', false],
    ['NOT_FOUND', false],
    ['FORBIDDEN', false],
    ['GRAPHQL_VALIDATION_FAILED', false],
    ['INVALID_RESPONSE', false],
  ])('retries %s: %p', (code, expected) => {
    expect(shouldRetry(0, error(code))).toBe(expected);
  });

  it('stops after the last retry', () => {
    expect(shouldRetry(1, error('NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(2, error('NETWORK_ERROR'))).toBe(false);
  });

  it('retries unknown errors too', () => {
    expect(shouldRetry(0, new TypeError('x'))).toBe(true);
  });
});
