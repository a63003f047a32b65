import { ApiError } from './api-error';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it("shows the API's message when it was written for the user", () => {
    const error = new ApiError({
      code: 'NOT_FOUND',
      message: 'Fant ikke kommunen',
      userFacing: true,
    });
    expect(errorMessage(error)).toEqual({ text: 'Fant ikke kommunen' });
  });

  it.each([
    ['NETWORK_ERROR', 'errors.network'],
    ['HTTP_ERROR', 'errors.server'],
    ['INVALID_RESPONSE', 'errors.server'],
    ['INTERNAL_SERVER_ERROR', 'errors.server'],
    ['BAD_USER_INPUT', 'errors.badInput'],
    ['NOT_FOUND', 'errors.notFound'],
    ['UNAUTHENTICATED', 'errors.unauthenticated'],
    ['FORBIDDEN', 'errors.forbidden'],
    ['CONFLICT', 'errors.conflict'],
    ['GRAPHQL_VALIDATION_FAILED', 'errors.outdated'],
    ['SOMETHING_NEW', 'errors.unknown'],
  ])('uses a message-file key for a technical %s', (code, key) => {
    expect(errorMessage(new ApiError({ code, message: 'technical text' }))).toEqual({ key });
  });

  it('uses the generic key for errors that are not ApiErrors', () => {
    expect(errorMessage(new Error('x'))).toEqual({ key: 'errors.unknown' });
    expect(errorMessage(undefined)).toEqual({ key: 'errors.unknown' });
  });
});
